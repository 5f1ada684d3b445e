-- Accounts (module security): one-time passwords, sessions that follow the account, single sign-on identities.
-- security_stamp: raised whenever roles, scope, activation or the password are changed by an administrator;
--   a session signed in under an older stamp is ended on its next request.
-- password_change_required / password_expires_at: a one-time password (invite, reset, setup) must be replaced
--   at first sign-in and stops working after seven days.
-- oidc_issuer / oidc_subject: the identity-provider account a local account is linked to.
alter table user_account add column security_stamp bigint not null default 0;
alter table user_account add column password_change_required boolean not null default false;
alter table user_account add column password_expires_at timestamp with time zone;
alter table user_account add column oidc_issuer varchar(500);
alter table user_account add column oidc_subject varchar(255);
alter table user_account add constraint user_account_oidc_identity_uq unique (oidc_issuer, oidc_subject);
