-- Checkpoints from here on also state the node's cumulative tree: the RFC 6962 root over every event hash of its
-- chain from seq 1 to to_seq (tree_root) and how many that is (tree_size), so that any two checkpoints of a node
-- can be proven consistent. frontier is that tree's compact form (the roots of its perfect subtrees, largest first,
-- as concatenated hex: one per set bit of tree_size), from which the next checkpoint extends the tree without
-- re-reading the chain; it is not signed, and a frontier that does not give the signed tree_root is rebuilt.
-- All three are NULL on checkpoints signed before.
ALTER TABLE audit_checkpoint ADD COLUMN tree_size BIGINT;
ALTER TABLE audit_checkpoint ADD COLUMN tree_root CHAR(64);
ALTER TABLE audit_checkpoint ADD COLUMN frontier VARCHAR(4096);
