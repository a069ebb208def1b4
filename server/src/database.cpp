#include "database.h"

#include "serverlog.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace Officine::Server {

namespace {

struct SchemaStep
{
    int version;
    const char* description;
    const char* sql; ///< statements separated by ";\n"
};

// The tenant a transaction serves. NULLIF: a setting never set reads as NULL, one set then reset
// reads as ''; both match no row.
#define OFC_TENANT "NULLIF(current_setting('officine.tenant', true), '')::uuid"

const SchemaStep kSteps[] = {
    {1, "tenants, workstations, records and their change log, audit anchors, sessions, server audit",
     R"SQL(
CREATE TABLE tenant (
    id uuid PRIMARY KEY,
    finess text NOT NULL UNIQUE CHECK (finess ~ '^[0-9][0-9AB][0-9]{7}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    titulaire_id_nat text NOT NULL CHECK (length(titulaire_id_nat) BETWEEN 2 AND 40),
    created_at timestamptz NOT NULL DEFAULT now(),
    suspended_at timestamptz
);
CREATE TABLE workstation (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    public_key bytea NOT NULL,
    enrolled_by text NOT NULL,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    revoked_reason text
);
CREATE INDEX workstation_tenant ON workstation (tenant_id);
-- The current state of every synced record, with the change that made it. Mutable documents have a revision the server
-- assigns (1, 2…); append-only records stay at 1.
CREATE TABLE record (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    entity text NOT NULL,
    id uuid NOT NULL,
    revision bigint NOT NULL CHECK (revision > 0),
    payload jsonb,
    deleted boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL,
    change_id uuid NOT NULL,
    operation text NOT NULL,
    changed_by_workstation uuid NOT NULL,
    changed_by_account text NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, entity, id)
);
-- Pull reads the current state of what changed after a cursor: the latest change of each
-- record, never the versions in between.
CREATE UNIQUE INDEX record_seq ON record (tenant_id, seq);
-- A push locks the records it touches by id (UUIDs: unique whatever the entity).
CREATE INDEX record_id ON record (id);
-- A session opens for the staff account whose card signed: found by its idNat_PS.
CREATE INDEX record_staff_card ON record (tenant_id, (payload->>'idNatPs')) WHERE entity = 'staff_account';
-- Every accepted change, in the order pull returns them. Sequence numbers come from one
-- sequence and are taken under the tenant's push lock, so within a tenant they are in commit
-- order: a pull never skips a change committed after it read.
CREATE SEQUENCE change_seq;
CREATE TABLE change (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    seq bigint NOT NULL DEFAULT nextval('change_seq'),
    id uuid NOT NULL,
    entity text NOT NULL,
    record_id uuid NOT NULL,
    operation text NOT NULL CHECK (operation IN ('create', 'update', 'delete', 'append')),
    revision bigint NOT NULL,
    payload jsonb,
    workstation_id uuid NOT NULL,
    account text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, seq),
    UNIQUE (tenant_id, id)
);
-- Where each workstation's audit chain stands on the server.
CREATE TABLE audit_head (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    workstation_id uuid NOT NULL,
    seq bigint NOT NULL,
    hash bytea NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, workstation_id)
);
CREATE TABLE audit_alert (
    id bigserial PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    workstation_id uuid NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    reason text NOT NULL
);
CREATE TABLE session (
    token_hash bytea PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    workstation_id uuid NOT NULL REFERENCES workstation (id),
    account_id text NOT NULL,
    id_nat text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    ended_at timestamptz
);
-- Challenges and failed attempts come before any tenant is known; they hold no health data.
CREATE TABLE challenge (
    value bytea PRIMARY KEY,
    purpose text NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz
);
CREATE TABLE auth_failure (
    key text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_failure_key ON auth_failure (key, at);
-- Every authentication, push, pull and refusal: who, from which workstation, for which
-- tenant, what, never a record's values.
CREATE TABLE server_audit (
    id bigserial PRIMARY KEY,
    tenant_id uuid,
    at timestamptz NOT NULL DEFAULT now(),
    workstation_id uuid,
    account text,
    action text NOT NULL,
    outcome text NOT NULL,
    detail text,
    remote text
);
CREATE INDEX server_audit_tenant ON server_audit (tenant_id, at);

ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_own ON tenant USING (id = )SQL" OFC_TENANT R"SQL() WITH CHECK (id = )SQL" OFC_TENANT
     R"SQL();
ALTER TABLE workstation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_own ON workstation USING (tenant_id = )SQL" OFC_TENANT
     R"SQL() WITH CHECK (tenant_id = )SQL" OFC_TENANT R"SQL();
ALTER TABLE record ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_own ON record USING (tenant_id = )SQL" OFC_TENANT
     R"SQL() WITH CHECK (tenant_id = )SQL" OFC_TENANT R"SQL();
ALTER TABLE change ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_own ON change USING (tenant_id = )SQL" OFC_TENANT
     R"SQL() WITH CHECK (tenant_id = )SQL" OFC_TENANT R"SQL();
ALTER TABLE audit_head ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_own ON audit_head USING (tenant_id = )SQL" OFC_TENANT
     R"SQL() WITH CHECK (tenant_id = )SQL" OFC_TENANT R"SQL();
ALTER TABLE audit_alert ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_own ON audit_alert USING (tenant_id = )SQL" OFC_TENANT
     R"SQL() WITH CHECK (tenant_id = )SQL" OFC_TENANT R"SQL();
ALTER TABLE session ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_own ON session USING (tenant_id = )SQL" OFC_TENANT
     R"SQL() WITH CHECK (tenant_id = )SQL" OFC_TENANT R"SQL();
-- Refusals before authentication have no tenant; a tenant reads only its own lines.
ALTER TABLE server_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_write ON server_audit FOR INSERT WITH CHECK (tenant_id IS NULL OR tenant_id = )SQL" OFC_TENANT
     R"SQL();
CREATE POLICY audit_read ON server_audit FOR SELECT USING (tenant_id = )SQL" OFC_TENANT R"SQL();

-- What a request needs before its tenant is known, as narrow functions of the owner (which
-- row-level security does not restrict): a session by its token's hash, a workstation by id.
CREATE FUNCTION auth_session(p_token_hash bytea)
RETURNS TABLE (tenant_id uuid, workstation_id uuid, account_id text, id_nat text, expires_at timestamptz,
               workstation_revoked boolean, tenant_suspended boolean, account_active boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.tenant_id, s.workstation_id, s.account_id, s.id_nat, s.expires_at,
           w.revoked_at IS NOT NULL, t.suspended_at IS NOT NULL,
           r.id IS NULL OR (NOT r.deleted AND coalesce((r.payload->>'active')::boolean, false))
    FROM session s JOIN workstation w ON w.id = s.workstation_id JOIN tenant t ON t.id = s.tenant_id
    LEFT JOIN record r ON r.tenant_id = s.tenant_id AND r.entity = 'staff_account' AND r.id::text = s.account_id
    WHERE s.token_hash = p_token_hash AND s.ended_at IS NULL
$$;
CREATE FUNCTION auth_workstation(p_id uuid)
RETURNS TABLE (tenant_id uuid, public_key bytea, revoked boolean, finess text, titulaire_id_nat text,
               tenant_suspended boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT w.tenant_id, w.public_key, w.revoked_at IS NOT NULL, t.finess, t.titulaire_id_nat,
           t.suspended_at IS NOT NULL
    FROM workstation w JOIN tenant t ON t.id = w.tenant_id WHERE w.id = p_id
$$;
CREATE FUNCTION auth_tenant_by_finess(p_finess text)
RETURNS TABLE (tenant_id uuid, titulaire_id_nat text, tenant_suspended boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id, titulaire_id_nat, suspended_at IS NOT NULL FROM tenant WHERE finess = p_finess
$$;
REVOKE ALL ON FUNCTION auth_session(bytea), auth_workstation(uuid), auth_tenant_by_finess(text) FROM PUBLIC
)SQL"},
    {2, "records looked up by tenant and identifier in one index",
     // A push locks the records it touches by (tenant, id). With (id) alone the planner, its
     // statistics stale after a bulk upload, preferred scanning every row of the tenant.
     R"SQL(
CREATE INDEX record_tenant_id ON record (tenant_id, id);
DROP INDEX record_id
)SQL"},
};

#undef OFC_TENANT

QString stateOf(const QSqlError& e)
{
    return e.nativeErrorCode();
}

} // namespace

Database::~Database()
{
    if (!m_name.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseOptions& options,
                                                 const QString& connectionName)
{
    std::unique_ptr<Database> d(new Database);
    d->m_name = connectionName;
    d->m_options = options;
    if (auto ok = d->reconnect(); !ok) {
        d.reset();
        return fail(ok.error());
    }
    return d;
}

Result<void> Database::reconnect()
{
    QSqlDatabase db = QSqlDatabase::contains(m_name)
        ? QSqlDatabase::database(m_name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_prepared.clear();
    db.close();
    db.setHostName(m_options.host);
    db.setPort(m_options.port);
    db.setDatabaseName(m_options.name);
    db.setUserName(m_options.user);
    db.setPassword(m_options.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=officine-server"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        return fail(
            ErrorCode::StoreIo,
            tr("La base PostgreSQL %1 ne répond pas (rôle %2) : %3").arg(m_options.name, m_options.user, why),
            QStringLiteral("database open failed: %1").arg(why));
    }
    m_inTransaction = false;
    return {};
}

Result<Rows> Database::exec(const QString& sql, const QVariantList& binds)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    const auto failed = [this, &sql](const QSqlError& e) {
        m_lastState = stateOf(e);
        // The statement, never its values: binds may hold health data.
        return fail(
            ErrorCode::StoreIo, tr("La base de données a refusé une requête."),
            QStringLiteral("sql failed (%1): %2 [%3]").arg(m_lastState, e.databaseText(), sql.left(120)));
    };
    if (binds.isEmpty()) {
        auto q = std::make_unique<QSqlQuery>(db);
        q->setForwardOnly(true);
        if (!q->exec(sql)) {
            return failed(q->lastError());
        }
        m_lastState.clear();
        return Rows(std::move(q));
    }
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto prepared = std::make_unique<QSqlQuery>(db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql)) {
            return failed(prepared->lastError());
        }
        it = m_prepared.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery* q = it->second.get();
    q->finish();
    for (int i = 0; i < binds.size(); ++i) {
        q->bindValue(i, binds.at(i));
    }
    if (!q->exec()) {
        const QSqlError e = q->lastError();
        // A statement that failed in an aborted transaction is prepared again next time.
        m_prepared.erase(it);
        return failed(e);
    }
    m_lastState.clear();
    return Rows(q);
}

Result<void> Database::transaction(const QString& tenantId, const std::function<Result<void>()>& work)
{
    // No ping before each transaction (a round trip each time): a connection PostgreSQL
    // dropped shows at BEGIN, and is opened again once.
    if (auto ok = exec(QStringLiteral("BEGIN")); !ok) {
        if (auto again = reconnect(); !again) {
            return again;
        }
        if (auto retried = exec(QStringLiteral("BEGIN")); !retried) {
            return fail(retried.error());
        }
    }
    m_inTransaction = true;
    const auto rollback = [this]() {
        (void)exec(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
    };
    if (!tenantId.isEmpty()) {
        // With the tenant, plans made for the parameters given: a generic plan of the pull or of
        // a push's lookup cannot know how few rows a cursor or a batch selects (it scanned and
        // sorted them all). No bitmap scans: every statement here is a lookup by key or a range
        // of (tenant, seq) read in order up to a LIMIT; with statistics stale after a bulk
        // upload (autovacuum had not analysed 40,000 new records) the planner took a bitmap scan
        // of the whole tenant and a sort, 200 ms a pull instead of 2.
        if (auto ok = exec(QStringLiteral("SELECT set_config('officine.tenant', ?, true), "
                                          "set_config('plan_cache_mode', 'force_custom_plan', true), "
                                          "set_config('enable_bitmapscan', 'off', true)"),
                           {tenantId});
            !ok) {
            rollback();
            return fail(ok.error());
        }
    }
    Result<void> done = work();
    if (!done) {
        const QString state = m_lastState;
        rollback();
        m_lastState = state;
        return done;
    }
    if (auto ok = exec(QStringLiteral("COMMIT")); !ok) {
        rollback();
        return fail(ok.error());
    }
    m_inTransaction = false;
    return {};
}

bool Database::ping()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isOpen()) {
        return false;
    }
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

int latestSchemaVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

Result<int> migrate(Database& owner, const QString& appRole)
{
    // The service role must be one that row-level security binds.
    auto role = owner.exec(QStringLiteral("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ?"),
                           {appRole});
    if (!role) {
        return fail(role.error());
    }
    if (!role->next()) {
        return fail(ErrorCode::NotFound,
                    Database::tr("Le rôle PostgreSQL « %1 » du service n'existe pas : créez-le d'abord "
                                 "(docs/server-operations.md).")
                        .arg(appRole),
                    QStringLiteral("app role missing"));
    }
    if (role->value(0).toBool() || role->value(1).toBool()) {
        return fail(ErrorCode::PermissionDenied,
                    Database::tr("Le rôle « %1 » est superutilisateur ou peut contourner la sécurité par "
                                 "ligne (BYPASSRLS) : le service refuse de s'en servir, car il pourrait "
                                 "lire les données de toutes les officines.")
                        .arg(appRole),
                    QStringLiteral("app role may bypass RLS"));
    }
    if (auto ok = owner.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration (version int PRIMARY KEY, "
                           "description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"));
        !ok) {
        return fail(ok.error());
    }
    auto current = owner.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migration"));
    if (!current || !current->next()) {
        return fail(current ? Error(ErrorCode::StoreIo, Database::tr("Version du schéma illisible."))
                            : current.error());
    }
    const int from = current->value(0).toInt();
    if (from > latestSchemaVersion()) {
        return fail(ErrorCode::StoreTooNew,
                    Database::tr("La base est au schéma %1, plus récent que ce serveur (%2) : installez la "
                                 "version du serveur qui l'a créée.")
                        .arg(from)
                        .arg(latestSchemaVersion()),
                    QStringLiteral("schema too new"));
    }
    int applied = 0;
    for (const SchemaStep& step : kSteps) {
        if (step.version <= from) {
            continue;
        }
        auto done = owner.transaction({}, [&]() -> Result<void> {
            for (const QString& statement : QString::fromUtf8(step.sql).split(QStringLiteral(";\n"))) {
                // A statement may hold ";\n" only inside a function body, which the split keeps whole
                // because bodies here end their lines without ';'.
                if (statement.trimmed().isEmpty()) {
                    continue;
                }
                if (auto ok = owner.exec(statement); !ok) {
                    return fail(ok.error());
                }
            }
            auto ok = owner.exec(
                QStringLiteral("INSERT INTO schema_migration (version, description) VALUES (?, ?)"),
                {step.version, QString::fromUtf8(step.description)});
            return ok ? Result<void>() : fail(ok.error());
        });
        if (!done) {
            return fail(
                ErrorCode::StoreMigrationFailed,
                Database::tr("La migration du schéma vers la version %1 a échoué ; la base est restée "
                             "à la version %2.")
                    .arg(step.version)
                    .arg(from + applied),
                done.error().logText);
        }
        Log::info("migration",
                  {{"version", step.version}, {"description", QString::fromUtf8(step.description)}});
        ++applied;
    }
    // What the service may do, granted again on every run (idempotent): read and write the
    // tenant tables (the change log and the server audit only grow), run the lookup functions.
    const QString r
        = QStringLiteral("\"%1\"").arg(QString(appRole).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    const QStringList grants = {
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(r),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(r),
        QStringLiteral("GRANT SELECT ON tenant TO %1").arg(r),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON workstation, record, audit_head, session TO %1")
            .arg(r),
        QStringLiteral("GRANT SELECT, INSERT ON change, audit_alert, server_audit TO %1").arg(r),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON challenge, auth_failure TO %1").arg(r),
        QStringLiteral("GRANT SELECT ON schema_migration TO %1").arg(r),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(r),
        QStringLiteral("GRANT EXECUTE ON FUNCTION auth_session(bytea), auth_workstation(uuid), "
                       "auth_tenant_by_finess(text) TO %1")
            .arg(r),
    };
    auto granted = owner.transaction({}, [&]() -> Result<void> {
        for (const QString& g : grants) {
            if (auto ok = owner.exec(g); !ok) {
                return fail(ok.error());
            }
        }
        return {};
    });
    if (!granted) {
        return fail(granted.error());
    }
    auto owns = owner.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tableowner = ?"), {appRole});
    if (owns && owns->next() && owns->value(0).toInt() > 0) {
        return fail(ErrorCode::PermissionDenied,
                    Database::tr("Le rôle « %1 » du service possède des tables : la sécurité par ligne ne "
                                 "s'appliquerait pas à lui. Donnez-les au rôle propriétaire.")
                        .arg(appRole),
                    QStringLiteral("app role owns tables"));
    }
    return applied;
}

} // namespace Officine::Server
