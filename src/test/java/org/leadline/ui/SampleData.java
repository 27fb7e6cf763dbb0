package org.leadline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;

/** Synthetic leads for screenshots and paging tests (plain logic calls, no window). */
final class SampleData {
    private static final String[] PREFIXES = {"+21891", "+21892", "+20100", "+90532", "+39347", "+33612", "+21624"};
    private static final String[] PLATFORMS = {"facebook.com", "t.me", "tiktok.com", "instagram.com"};
    private static final String[] WORDS = {"safe", "travel", "europe", "boat", "passage", "sea", "route", "help", "docs", "visa"};
    private static final String[] TAGS = {"libya-route", "priority", "boat-offer", "documents", "payment", "central-med"};

    private SampleData() {
    }

    /** A handle one edit from one in {@link ShotTool#POST}, and a phone the post repeats, for suggestions and "already known". */
    static void nearDuplicates(Workspace workspace, UUID operationId) {
        LeadService leads = new LeadService(workspace);
        leads.add(operationId, "telegram:ahmed_trip", LeadKind.HANDLE, List.of("libya-route"), null,
                new SightingSource("https://t.me/s/zuwara_boats/812", "telegram", null));
        leads.add(operationId, "+218912345678", LeadKind.PHONE, List.of(), null, SightingSource.NONE);
    }

    static List<UUID> fill(Workspace workspace, UUID operationId, int count, long seed) {
        LeadService leads = new LeadService(workspace);
        Random random = new Random(seed);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(10);
            LeadKind kind;
            String value;
            if (pick < 5) {
                kind = LeadKind.PHONE;
                value = PREFIXES[random.nextInt(PREFIXES.length)] + String.format("%07d", random.nextInt(10_000_000));
            } else if (pick < 8) {
                kind = LeadKind.URL;
                String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
                value = "https://" + platform + "/" + WORDS[random.nextInt(WORDS.length)] + "." + WORDS[random.nextInt(WORDS.length)]
                        + random.nextInt(999);
            } else {
                kind = LeadKind.HANDLE;
                value = "@" + WORDS[random.nextInt(WORDS.length)] + "_" + WORDS[random.nextInt(WORDS.length)] + random.nextInt(99);
            }
            List<String> tags = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                tags.add(TAGS[random.nextInt(TAGS.length)]);
            }
            if (random.nextInt(6) == 0) {
                tags.add(TAGS[random.nextInt(TAGS.length)]);
            }
            String note = random.nextInt(5) == 0 ? "Offers crossings from Zuwara, asks for payment via hawala." : null;
            List<AddedLead> added = leads.add(operationId, value, kind, tags, note,
                    random.nextBoolean() ? new SightingSource("https://facebook.com/groups/" + WORDS[random.nextInt(WORDS.length)]
                            + "/posts/" + random.nextInt(100000), "facebook", null) : SightingSource.NONE);
            UUID id = added.get(0).entityId();
            ids.add(id);
            if (random.nextInt(4) == 0) {
                leads.setCategory(id, random.nextBoolean() ? Category.POSSIBLE_FACILITATOR : Category.INCIDENT_TRAVEL);
            }
            if (random.nextInt(7) == 0) {
                leads.add(operationId, value, kind, List.of(), null, SightingSource.NONE);
            }
        }
        return ids;
    }
}
