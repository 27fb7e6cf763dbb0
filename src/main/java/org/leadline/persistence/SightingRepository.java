package org.leadline.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.Sighting;

/** Where and when officers saw leads. */
public final class SightingRepository {
    private final Handle handle;

    public SightingRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(Sighting sighting) {
        handle.createUpdate("""
                        INSERT INTO sighting (id, lead_id, source_url, platform, source_post_id, seen_at, origin, version, deleted)
                        VALUES (:id, :lead, :url, :platform, :post, :seenAt, :origin, :version, :deleted)""")
                .bind("id", sighting.id())
                .bind("lead", sighting.leadId())
                .bind("url", sighting.sourceUrl())
                .bind("platform", sighting.platform())
                .bind("post", sighting.sourcePostId())
                .bind("seenAt", Sql.utc(sighting.seenAt()))
                .bind("origin", sighting.origin())
                .bind("version", sighting.version())
                .bind("deleted", sighting.deleted())
                .execute();
        new TallyRepository(handle).sightingsInserted(List.of(sighting));
    }

    public List<Sighting> forLeads(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM sighting WHERE lead_id IN (<ids>) ORDER BY seen_at, id")
                .bindList("ids", List.copyOf(leadIds))
                .map((rs, ctx) -> new Sighting(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
                        rs.getString("source_url"), rs.getString("platform"), rs.getObject("source_post_id", UUID.class),
                        Sql.instant(rs, "seen_at"), rs.getString("origin"), rs.getLong("version"), rs.getBoolean("deleted")))
                .list();
    }
}
