-- API tokens for writes through the server (compendium token create). Only a SHA-256 hash of each token is kept:
-- the token itself is printed once and never stored.
CREATE TABLE api_tokens (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  hash        TEXT NOT NULL UNIQUE,   -- hex SHA-256 of the token's UTF-8 bytes
  created_at  TEXT NOT NULL,          -- ISO-8601 instant
  revoked_at  TEXT                    -- set when revoked; a revoked token no longer authorizes
);
