-- Every event the test subscriber handled, once: the primary key makes a second delivery fail loudly.
CREATE TABLE itest_received (
  event_id BIGINT NOT NULL PRIMARY KEY,
  topic VARCHAR(200) NOT NULL,
  source_ref VARCHAR(100),
  received_at TIMESTAMP NOT NULL
);
-- A row here makes the subscriber fail events whose source reference starts with FAIL.
CREATE TABLE itest_switch (
  name VARCHAR(32) NOT NULL PRIMARY KEY
);
