-- kb_app database schema, generated from the Alembic migrations.
-- Do not edit: run `make schema` after adding a migration.
-- schema version 4 (0004)

CREATE TABLE agent (
	id INTEGER NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	uid VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_agent PRIMARY KEY (id), 
	CONSTRAINT ck_agent_type CHECK (type IN ('person', 'organisation')), 
	CONSTRAINT name_type UNIQUE (name, type), 
	CONSTRAINT uq_agent_uid UNIQUE (uid)
);

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE attachment (
	id INTEGER NOT NULL, 
	fiche_id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	original_name VARCHAR(1000) NOT NULL, 
	media_type VARCHAR(200), 
	size INTEGER NOT NULL, 
	text TEXT, 
	uid VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_attachment PRIMARY KEY (id), 
	CONSTRAINT fk_attachment_fiche_id_fiche FOREIGN KEY(fiche_id) REFERENCES fiche (id) ON DELETE CASCADE, 
	CONSTRAINT fiche_sha256 UNIQUE (fiche_id, sha256), 
	CONSTRAINT uq_attachment_uid UNIQUE (uid)
);

CREATE TABLE basket_item (
	fiche_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_basket_item PRIMARY KEY (fiche_id), 
	CONSTRAINT fk_basket_item_fiche_id_fiche FOREIGN KEY(fiche_id) REFERENCES fiche (id) ON DELETE CASCADE
);

CREATE TABLE concept (
	id INTEGER NOT NULL, 
	"key" VARCHAR(120) NOT NULL, 
	uri VARCHAR(500), 
	pref_fr VARCHAR(300) NOT NULL, 
	pref_en VARCHAR(300), 
	definition TEXT, 
	scope_note TEXT, 
	sources JSON NOT NULL, 
	uid VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, definition_en TEXT, 
	CONSTRAINT pk_concept PRIMARY KEY (id), 
	CONSTRAINT uq_concept_key UNIQUE ("key"), 
	CONSTRAINT uq_concept_pref_fr UNIQUE (pref_fr), 
	CONSTRAINT uq_concept_uid UNIQUE (uid), 
	CONSTRAINT uq_concept_uri UNIQUE (uri)
);

CREATE TABLE concept_broader (
	narrower_id INTEGER NOT NULL, 
	broader_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_concept_broader PRIMARY KEY (narrower_id, broader_id), 
	CONSTRAINT ck_concept_broader_not_self CHECK (narrower_id <> broader_id), 
	CONSTRAINT fk_concept_broader_broader_id_concept FOREIGN KEY(broader_id) REFERENCES concept (id) ON DELETE CASCADE, 
	CONSTRAINT fk_concept_broader_narrower_id_concept FOREIGN KEY(narrower_id) REFERENCES concept (id) ON DELETE CASCADE
);

CREATE TABLE concept_group (
	id INTEGER NOT NULL, 
	"key" VARCHAR(120) NOT NULL, 
	label_fr VARCHAR(300) NOT NULL, 
	label_en VARCHAR(300), 
	uid VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_concept_group PRIMARY KEY (id), 
	CONSTRAINT uq_concept_group_key UNIQUE ("key"), 
	CONSTRAINT uq_concept_group_uid UNIQUE (uid)
);

CREATE TABLE concept_group_member (
	group_id INTEGER NOT NULL, 
	concept_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_concept_group_member PRIMARY KEY (group_id, concept_id), 
	CONSTRAINT fk_concept_group_member_concept_id_concept FOREIGN KEY(concept_id) REFERENCES concept (id) ON DELETE CASCADE, 
	CONSTRAINT fk_concept_group_member_group_id_concept_group FOREIGN KEY(group_id) REFERENCES concept_group (id) ON DELETE CASCADE
);

CREATE TABLE concept_label (
	concept_id INTEGER NOT NULL, 
	label VARCHAR(300) NOT NULL, 
	lang VARCHAR(8) NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_concept_label PRIMARY KEY (concept_id, label, lang), 
	CONSTRAINT ck_concept_label_kind CHECK (kind IN ('alt', 'hidden')), 
	CONSTRAINT fk_concept_label_concept_id_concept FOREIGN KEY(concept_id) REFERENCES concept (id) ON DELETE CASCADE
);

CREATE TABLE concept_related (
	a_id INTEGER NOT NULL, 
	b_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_concept_related PRIMARY KEY (a_id, b_id), 
	CONSTRAINT ck_concept_related_ordered CHECK (a_id < b_id), 
	CONSTRAINT fk_concept_related_a_id_concept FOREIGN KEY(a_id) REFERENCES concept (id) ON DELETE CASCADE, 
	CONSTRAINT fk_concept_related_b_id_concept FOREIGN KEY(b_id) REFERENCES concept (id) ON DELETE CASCADE
);

CREATE TABLE dossier_member (
	dossier_id INTEGER NOT NULL, 
	fiche_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_dossier_member PRIMARY KEY (dossier_id, fiche_id), 
	CONSTRAINT fk_dossier_member_dossier_id_fiche FOREIGN KEY(dossier_id) REFERENCES fiche (id) ON DELETE CASCADE, 
	CONSTRAINT fk_dossier_member_fiche_id_fiche FOREIGN KEY(fiche_id) REFERENCES fiche (id) ON DELETE CASCADE
);

CREATE TABLE fiche (
	id INTEGER NOT NULL, 
	"key" VARCHAR(120) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	subtitle VARCHAR(1000), 
	lang VARCHAR(8) NOT NULL, 
	date VARCHAR(10), 
	year INTEGER, 
	summary TEXT, 
	body TEXT NOT NULL, 
	details JSON NOT NULL, 
	sources JSON NOT NULL, 
	unverified JSON NOT NULL, 
	search_text TEXT NOT NULL, 
	deleted_at DATETIME, 
	uid VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_fiche PRIMARY KEY (id), 
	CONSTRAINT ck_fiche_kind CHECK (kind IN ('reference', 'analysis', 'case', 'resource', 'dossier')), 
	CONSTRAINT uq_fiche_key UNIQUE ("key"), 
	CONSTRAINT uq_fiche_uid UNIQUE (uid)
);

CREATE TABLE fiche_agent (
	fiche_id INTEGER NOT NULL, 
	agent_id INTEGER NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	position INTEGER NOT NULL, 
	note TEXT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_fiche_agent PRIMARY KEY (fiche_id, agent_id, role), 
	CONSTRAINT ck_fiche_agent_role CHECK (role IN ('author', 'editor', 'publisher', 'translator', 'contributor', 'actor', 'organiser', 'funder', 'rapporteur')), 
	CONSTRAINT fk_fiche_agent_agent_id_agent FOREIGN KEY(agent_id) REFERENCES agent (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_fiche_agent_fiche_id_fiche FOREIGN KEY(fiche_id) REFERENCES fiche (id) ON DELETE CASCADE
);

CREATE TABLE fiche_concept (
	fiche_id INTEGER NOT NULL, 
	concept_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_fiche_concept PRIMARY KEY (fiche_id, concept_id), 
	CONSTRAINT fk_fiche_concept_concept_id_concept FOREIGN KEY(concept_id) REFERENCES concept (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_fiche_concept_fiche_id_fiche FOREIGN KEY(fiche_id) REFERENCES fiche (id) ON DELETE CASCADE
);

CREATE TABLE fiche_link (
	source_id INTEGER NOT NULL, 
	target_id INTEGER NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	note TEXT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_fiche_link PRIMARY KEY (source_id, target_id, type), 
	CONSTRAINT ck_fiche_link_type CHECK (type IN ('cites', 'analyses', 'illustrates', 'related')), 
	CONSTRAINT ck_fiche_link_not_self CHECK (source_id <> target_id), 
	CONSTRAINT fk_fiche_link_source_id_fiche FOREIGN KEY(source_id) REFERENCES fiche (id) ON DELETE CASCADE, 
	CONSTRAINT fk_fiche_link_target_id_fiche FOREIGN KEY(target_id) REFERENCES fiche (id) ON DELETE CASCADE
);

CREATE TABLE history_entry (
	id INTEGER NOT NULL, 
	fiche_id INTEGER, 
	concept_id INTEGER, 
	visited_at DATETIME NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_history_entry PRIMARY KEY (id), 
	CONSTRAINT ck_history_entry_fiche_xor_concept CHECK ((fiche_id IS NULL) <> (concept_id IS NULL)), 
	CONSTRAINT fk_history_entry_concept_id_concept FOREIGN KEY(concept_id) REFERENCES concept (id) ON DELETE CASCADE, 
	CONSTRAINT fk_history_entry_fiche_id_fiche FOREIGN KEY(fiche_id) REFERENCES fiche (id) ON DELETE CASCADE
);

CREATE TABLE index_outbox (
	id INTEGER NOT NULL, 
	fiche_key VARCHAR(120) NOT NULL, 
	op VARCHAR(8) NOT NULL, 
	state VARCHAR(12) NOT NULL, 
	enqueued_at DATETIME NOT NULL, 
	CONSTRAINT pk_index_outbox PRIMARY KEY (id), 
	CONSTRAINT ck_index_outbox_op CHECK (op IN ('upsert', 'delete')), 
	CONSTRAINT ck_index_outbox_state CHECK (state IN ('pending', 'in_progress'))
);

CREATE TABLE library_info (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_library_info PRIMARY KEY ("key")
);

CREATE TABLE not_duplicate (
	fiche_a_id INTEGER NOT NULL, 
	fiche_b_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_not_duplicate PRIMARY KEY (fiche_a_id, fiche_b_id), 
	CONSTRAINT ck_not_duplicate_ordered CHECK (fiche_a_id < fiche_b_id), 
	CONSTRAINT fk_not_duplicate_fiche_a_id_fiche FOREIGN KEY(fiche_a_id) REFERENCES fiche (id) ON DELETE CASCADE, 
	CONSTRAINT fk_not_duplicate_fiche_b_id_fiche FOREIGN KEY(fiche_b_id) REFERENCES fiche (id) ON DELETE CASCADE
);

CREATE TABLE personal_note (
	id INTEGER NOT NULL, 
	fiche_id INTEGER NOT NULL, 
	body TEXT NOT NULL, 
	uid VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_personal_note PRIMARY KEY (id), 
	CONSTRAINT fk_personal_note_fiche_id_fiche FOREIGN KEY(fiche_id) REFERENCES fiche (id) ON DELETE CASCADE, 
	CONSTRAINT uq_personal_note_fiche_id UNIQUE (fiche_id), 
	CONSTRAINT uq_personal_note_uid UNIQUE (uid)
);

CREATE TABLE saved_search (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	"query" TEXT NOT NULL, 
	uid VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_saved_search PRIMARY KEY (id), 
	CONSTRAINT uq_saved_search_name UNIQUE (name), 
	CONSTRAINT uq_saved_search_uid UNIQUE (uid)
);

CREATE INDEX ix_attachment_fiche_id ON attachment (fiche_id);

CREATE INDEX ix_attachment_sha256 ON attachment (sha256);

CREATE INDEX ix_concept_broader_broader_id ON concept_broader (broader_id);

CREATE INDEX ix_concept_group_member_concept_id ON concept_group_member (concept_id);

CREATE INDEX ix_concept_related_b_id ON concept_related (b_id);

CREATE INDEX ix_dossier_member_fiche_id ON dossier_member (fiche_id);

CREATE INDEX ix_fiche_agent_agent_id ON fiche_agent (agent_id);

CREATE INDEX ix_fiche_concept_concept_id ON fiche_concept (concept_id);

CREATE INDEX ix_fiche_deleted_at ON fiche (deleted_at);

CREATE INDEX ix_fiche_kind_title ON fiche (kind, title);

CREATE INDEX ix_fiche_link_target_id ON fiche_link (target_id);

CREATE INDEX ix_fiche_year ON fiche (year);

CREATE INDEX ix_history_entry_visited_at ON history_entry (visited_at);

CREATE INDEX ix_index_outbox_fiche_key ON index_outbox (fiche_key);

CREATE INDEX ix_not_duplicate_fiche_b_id ON not_duplicate (fiche_b_id);
