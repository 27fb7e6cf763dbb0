-- Text columns of CLOB type (a capture's metadata, audit before/after, posts, conflicts) up to 64 KB are kept in their
-- row instead of H2's LOB storage. Reading one from LOB storage went through a stream, a reader and a temporary copy
-- removed when the session closed: verify-workspace, which reads every capture record, spent most of its reading
-- thread there. LOBs written before stay where they are and read as before. H2 keeps this setting in the database.
SET MAX_LENGTH_INPLACE_LOB 65536;
