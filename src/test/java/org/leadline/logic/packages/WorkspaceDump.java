package org.leadline.logic.packages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.leadline.logic.workspace.Workspace;
import org.leadline.persistence.PackageRecordRepository;
import org.leadline.persistence.PackageRepository;

/**
 * Everything an operation holds that packages carry or derive, as sorted lines without local ids (entity ids differ
 * from workspace to workspace): two workspaces with equal dumps hold the same picture.
 */
final class WorkspaceDump {
    private WorkspaceDump() {
    }

    static String of(Workspace workspace, UUID operationId) {
        ObjectMapper mapper = WireFormat.mapper(PackageLimits.DEFAULT);
        return workspace.jdbi().withHandle(handle -> {
            List<String> lines = new ArrayList<>();
            PackageRecordRepository repository = new PackageRecordRepository(handle);
            for (RecordType<?> type : RecordTypes.ALL) {
                for (Object record : type.export(repository, operationId, null)) {
                    lines.add(type.name() + " " + json(mapper, record));
                }
            }
            handle.createQuery("""
                            SELECT kind, canonical, live, category, tags, sightings, officers FROM lead_entity
                            WHERE operation_id = :op AND merged_into IS NULL""")
                    .bind("op", operationId)
                    // A dead entity is shown nowhere: only that it is dead counts.
                    .map((rs, ctx) -> "entity " + rs.getString(1) + " " + rs.getString(2) + " live=" + rs.getBoolean(3) + (rs.getBoolean(3)
                            ? " " + rs.getString(4) + " [" + rs.getString(5) + "] sightings=" + rs.getInt(6) + " officers=" + rs.getInt(7) : ""))
                    .forEach(lines::add);
            for (PackageRepository.Conflict c : new PackageRepository(handle).conflicts(operationId)) {
                lines.add("conflict " + c.recordType() + " " + c.recordId() + " v" + c.version() + " " + c.contentSha());
            }
            handle.createQuery("SELECT kind, category, region, issuer, n FROM lead_tally WHERE operation_id = :op AND n <> 0")
                    .bind("op", operationId)
                    .map((rs, ctx) -> "tally " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                            + " " + rs.getLong(5))
                    .forEach(lines::add);
            lines.sort(null);
            return String.join("\n", lines);
        });
    }

    private static String json(ObjectMapper mapper, Object record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
