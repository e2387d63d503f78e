-- Users, roles and permissions of the platform; passwords are PBKDF2 hashes, never plain text.
CREATE TABLE plat_user (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_attempts INTEGER      NOT NULL,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL
);

CREATE TABLE plat_role (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    description VARCHAR(500) NOT NULL
);

-- A permission is a declared name or a wildcard (*, <module>.*, <module>.<resource>.*), so no foreign key to plat_permission.
CREATE TABLE plat_role_permission (
    role       VARCHAR(64)  NOT NULL REFERENCES plat_role (name),
    permission VARCHAR(200) NOT NULL,
    PRIMARY KEY (role, permission)
);

CREATE TABLE plat_user_role (
    username VARCHAR(64) NOT NULL REFERENCES plat_user (username),
    role     VARCHAR(64) NOT NULL REFERENCES plat_role (name),
    PRIMARY KEY (username, role)
);

CREATE INDEX plat_user_role_role ON plat_user_role (role);

-- Permissions declared by modules; rows stay when a module is uninstalled so roles remain editable.
CREATE TABLE plat_permission (
    name           VARCHAR(200) NOT NULL PRIMARY KEY,
    module         VARCHAR(64)  NOT NULL,
    description_en VARCHAR(500) NOT NULL,
    description_zh VARCHAR(500) NOT NULL,
    declared_at    TIMESTAMP    NOT NULL
);

CREATE TABLE plat_setting (
    name          VARCHAR(128) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000)
);

INSERT INTO plat_role (name, description) VALUES ('admin', 'Administrators: every permission');

INSERT INTO plat_role_permission (role, permission) VALUES ('admin', '*');
