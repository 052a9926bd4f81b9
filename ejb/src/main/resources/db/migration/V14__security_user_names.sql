-- The security area's published read model of who a user is, for other areas' lists that show
-- "changed by", "counted by", "approved by" next to a user id (issue 8: areas own their tables).
-- Other areas join this view, never the users table; it carries no credentials or status.
-- Deleted and locked users are included: history keeps showing who did what.
CREATE VIEW security_user_names AS
SELECT id, full_name, email
FROM users;

COMMENT ON VIEW security_user_names IS 'Security read model for other areas (names of users in history lists); columns only added, never renamed or dropped';
