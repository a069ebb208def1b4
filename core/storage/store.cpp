#define SQLITE_HAS_CODEC 1
#include "store.h"

#include "logging/logging.h"
#include "storage/patientrepository.h"

#include <QFileInfo>
#include <QUuid>
#include <cstring>
#include <sqlite3.h>

namespace Officine::Storage {

// ---- Query ---------------------------------------------------------------------------------

Query::Query(Store* store, CachedStatement* statement)
    : m_store(store)
    , m_statement(statement)
    , m_stmt(statement->stmt)
{
    ++m_statement->users;
}

Query::~Query()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        --m_statement->users;
    }
}

Query::Query(Query&& other) noexcept
    : m_store(other.m_store)
    , m_statement(other.m_statement)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindResult(other.m_bindResult)
{
}

void Query::track(int rc)
{
    // The first failure is kept: a statement with a parameter left unbound never runs.
    if (rc != SQLITE_OK && m_bindResult == SQLITE_OK) {
        m_bindResult = rc;
    }
}

Query& Query::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    track(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Query& Query::bind(int index, qint64 value)
{
    track(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Query& Query::bind(int index, double value)
{
    track(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Query& Query::bindBlob(int index, QByteArrayView value)
{
    track(sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()),
                            SQLITE_TRANSIENT));
    return *this;
}

Query& Query::bindUtf8(int index, QByteArrayView value)
{
    // A null view is the empty text, not SQL NULL.
    track(sqlite3_bind_text(m_stmt, index, value.data() ? value.data() : "", static_cast<int>(value.size()),
                            SQLITE_TRANSIENT));
    return *this;
}

Query& Query::bindNull(int index)
{
    track(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Query::next()
{
    if (m_bindResult != SQLITE_OK) {
        return fail(m_store->errorFor(m_bindResult, QStringLiteral("bind")));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    // SQLCipher reports a page whose HMAC fails either as SQLITE_CORRUPT or, once the codec has
    // flagged the pager, as a bare SQLITE_ERROR with the generic message. A prepared statement
    // has no other way to fail generically at step time, so both mean a damaged page.
    if ((rc & 0xff) == SQLITE_ERROR && m_store->isEncrypted()
        && std::strcmp(sqlite3_errmsg(m_store->handle()), sqlite3_errstr(SQLITE_ERROR)) == 0) {
        return fail(m_store->errorFor(SQLITE_CORRUPT, QStringLiteral("step (codec error)")));
    }
    return fail(m_store->errorFor(rc, QStringLiteral("step")));
}

Result<void> Query::run()
{
    for (;;) {
        auto r = next();
        if (!r) {
            return fail(r.error());
        }
        if (!*r) {
            return {};
        }
    }
}

QString Query::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p) {
        return {};
    }
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Query::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Query::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Query::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArrayView Query::utf8(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView Query::blobView(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// ---- Store ---------------------------------------------------------------------------------

Store::Store(sqlite3* db, QString path, bool encrypted)
    : m_db(db)
    , m_path(std::move(path))
    , m_encrypted(encrypted)
{
}

Store::~Store()
{
    for (CachedStatement& s : m_lru) {
        sqlite3_finalize(s.stmt);
    }
    m_statements.clear();
    m_lru.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

Error Store::errorFor(int rc, const QString& context) const
{
    const int primary = rc & 0xff;
    const QString detail = QStringLiteral("%1: sqlite %2 (%3)")
                               .arg(context)
                               .arg(rc)
                               .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
    switch (primary) {
    case SQLITE_NOTADB:
        return Error(ErrorCode::StoreWrongKey,
                     tr("La base de données ne peut pas être déchiffrée : la clé ne correspond pas, ou "
                        "le fichier n'est pas une base Officine."),
                     detail);
    case SQLITE_CORRUPT:
        return Error(ErrorCode::StoreCorrupt,
                     tr("La base de données est endommagée : une page a été altérée et son contrôle "
                        "d'intégrité échoue. Restaurez la dernière sauvegarde."),
                     detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::StoreBusy,
                     tr("La base de données est occupée par un autre programme. Réessayez dans un "
                        "instant."),
                     detail);
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error(ErrorCode::StoreIo,
                     tr("Lecture ou écriture impossible sur le disque de la base de données (disque "
                        "plein, droits ou support défaillant)."),
                     detail);
    case SQLITE_CONSTRAINT:
        return Error(ErrorCode::Conflict, tr("L'enregistrement entre en conflit avec une donnée existante."),
                     detail);
    default:
        return Error(ErrorCode::Internal, tr("Erreur interne de la base de données."), detail);
    }
}

QByteArrayView FunctionArgs::bytes(int index) const
{
    // sqlite3_value_blob on text returns the bytes in place; sqlite3_value_text would copy them
    // to add a terminating NUL.
    auto* value = static_cast<sqlite3_value*>(m_values[index]);
    const void* data = sqlite3_value_blob(value);
    const int size = sqlite3_value_bytes(value);
    return QByteArrayView(static_cast<const char*>(data), size);
}

qint64 FunctionArgs::integer(int index) const
{
    return sqlite3_value_int64(static_cast<sqlite3_value*>(m_values[index]));
}

Result<void> Store::defineFunction(const QString& name, int argCount, ScalarFunction function)
{
    auto owned = std::make_unique<ScalarFunction>(std::move(function));
    const QByteArray utf8 = name.toUtf8();
    const int rc = sqlite3_create_function_v2(
        m_db, utf8.constData(), argCount, SQLITE_UTF8 | SQLITE_DETERMINISTIC, owned.get(),
        [](sqlite3_context* context, int argc, sqlite3_value** argv) {
            const auto* fn = static_cast<const ScalarFunction*>(sqlite3_user_data(context));
            sqlite3_result_int64(context, (*fn)(FunctionArgs(argc, reinterpret_cast<void**>(argv))));
        },
        nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return fail(errorFor(rc, QStringLiteral("create function")));
    }
    m_functions.push_back(std::move(owned));
    m_functionNames.insert(name);
    return {};
}

Result<std::unique_ptr<Store>> Store::open(const StoreOptions& options, const SecureBuffer& key)
{
    const bool encrypted = options.encryption == Encryption::Encrypted;
    if (encrypted && key.size() != 32) {
        return fail(ErrorCode::Internal, tr("Clé de base de données invalide."),
                    QStringLiteral("database key must be 32 bytes, got %1").arg(key.size()));
    }
    const bool existed = QFileInfo::exists(options.path);
    if (!existed && !options.createIfMissing) {
        return fail(ErrorCode::NotFound, tr("Aucune base Officine n'existe à cet emplacement."),
                    QStringLiteral("store file missing"));
    }

    sqlite3* db = nullptr;
    // CREATE is always passed: a missing file was refused above, and attached databases inherit
    // these flags (exportTo() creates its target through ATTACH).
    const int flags
        = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    const QByteArray path = options.path.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &db, flags, nullptr);
    std::unique_ptr<Store> store(new Store(db, options.path, encrypted));
    if (rc != SQLITE_OK) {
        return fail(store->errorFor(rc, QStringLiteral("open")));
    }
    sqlite3_extended_result_codes(db, 1);

    if (encrypted) {
        // SQLCipher takes a raw key as the literal x'<64 hex digits>'. Build it in locked memory,
        // hand it over, wipe it: the key never exists in a QString or a log line.
        const SecureBuffer literal = keyLiteral(key);
        const int krc = sqlite3_key(db, literal.data(), static_cast<int>(literal.size()));
        if (krc != SQLITE_OK) {
            return fail(store->errorFor(krc, QStringLiteral("key")));
        }
    }
    if (auto r = store->configure(options); !r) {
        return fail(r.error());
    }
    if (auto r = store->migrate(options); !r) {
        return fail(r.error());
    }
    if (store->schemaVersion() >= 10) {
        // An import stopped before its end (a crash, a kill): its files become searchable now.
        auto caughtUp = PatientRepository::catchUpSearch(*store);
        if (!caughtUp) {
            return fail(caughtUp.error());
        }
        if (*caughtUp > 0) {
            qCInfo(lcStorage) << "search rows written for" << *caughtUp << "imported files";
        }
    }
    qCInfo(lcStorage) << "store opened, schema version" << store->schemaVersion()
                      << (encrypted ? "encrypted" : "PLAINTEXT (benchmark)");
    return store;
}

Result<void> Store::configure(const StoreOptions& options)
{
    if (m_encrypted) {
        // Guard against a process where another SQLite was interposed in place of SQLCipher:
        // without the codec, the key pragma is a no-op and the file would be written in clear.
        auto v = query(QStringLiteral("PRAGMA cipher_version"));
        if (!v) {
            return fail(v.error());
        }
        auto row = v->next();
        if (!row || !*row || v->text(0).isEmpty()) {
            return fail(ErrorCode::Internal,
                        tr("Le moteur de chiffrement SQLCipher n'est pas disponible : la base ne sera "
                           "pas ouverte en clair."),
                        QStringLiteral("PRAGMA cipher_version returned nothing"));
        }
        // Not stored in the file: must be the same at every open.
        if (auto r = exec(QStringLiteral("PRAGMA cipher_page_size = 4096")); !r) {
            return r;
        }
    } else {
        if (auto r = exec(QStringLiteral("PRAGMA page_size = 4096")); !r) {
            return r;
        }
    }
    // The first read decrypts page 1: a wrong key fails here with SQLITE_NOTADB.
    if (auto r = exec(QStringLiteral("SELECT count(*) FROM sqlite_master")); !r) {
        return r;
    }
    const QString pragmas = QStringLiteral("PRAGMA journal_mode = WAL;"
                                           "PRAGMA synchronous = FULL;"
                                           "PRAGMA temp_store = MEMORY;"
                                           "PRAGMA secure_delete = ON;"
                                           "PRAGMA foreign_keys = ON;"
                                           "PRAGMA busy_timeout = 5000;"
                                           "PRAGMA cache_size = -%1;")
                                .arg(options.cacheKiB);
    return exec(pragmas);
}

Result<void> Store::exec(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return fail(errorFor(rc, QStringLiteral("exec")));
    }
    return {};
}

Result<Query> Store::query(const QString& sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd()) {
        m_lru.splice(m_lru.begin(), m_lru, it.value());
        return Query(this, &*it.value());
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const int rc
        = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()) + 1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return fail(errorFor(rc, QStringLiteral("prepare")));
    }
    m_lru.push_front(CachedStatement {sql, stmt, 0});
    m_statements.insert(sql, m_lru.begin());
    // Evict the least recently used statements no Query holds.
    for (auto victim = std::prev(m_lru.end());
         m_statements.size() > statementCacheLimit && victim != m_lru.begin();) {
        auto previous = std::prev(victim);
        if (victim->users == 0) {
            sqlite3_finalize(victim->stmt);
            m_statements.remove(victim->sql);
            m_lru.erase(victim);
        }
        victim = previous;
    }
    return Query(this, &m_lru.front());
}

Result<qint64> Store::scalar(const QString& sql)
{
    auto q = query(sql);
    if (!q) {
        return fail(q.error());
    }
    auto row = q->next();
    if (!row) {
        return fail(row.error());
    }
    return *row ? q->integer(0) : 0;
}

Result<void> Store::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Result<void> Store::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Store::rollback()
{
    if (inTransaction()) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

int Store::changes() const
{
    return sqlite3_changes(m_db);
}

bool Store::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Store::meta(const QString& key) const
{
    auto q = const_cast<Store*>(this)->query(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
    if (!q) {
        return {};
    }
    q->bind(1, key);
    auto row = q->next();
    return (row && *row) ? q->text(0) : QString();
}

Result<void> Store::setMeta(const QString& key, const QString& value)
{
    auto q = query(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, key).bind(2, value);
    return q->run();
}

Result<void> Store::integrityCheck()
{
    auto q = query(QStringLiteral("PRAGMA integrity_check"));
    if (!q) {
        return fail(q.error());
    }
    QStringList problems;
    for (;;) {
        auto row = q->next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        const QString line = q->text(0);
        if (line != QLatin1StringView("ok")) {
            problems << line;
        }
    }
    if (!problems.isEmpty()) {
        return fail(ErrorCode::StoreCorrupt,
                    tr("Le contrôle d'intégrité a trouvé %n anomalie(s) dans la base de données. "
                       "Restaurez la dernière sauvegarde.",
                       nullptr, static_cast<int>(problems.size())),
                    QStringLiteral("integrity_check: ") + problems.first());
    }
    return {};
}

Result<void> Store::checkpoint()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int rc
        = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK) {
        return fail(errorFor(rc, QStringLiteral("checkpoint")));
    }
    return {};
}

SecureBuffer Store::keyLiteral(const SecureBuffer& key)
{
    const SecureBuffer hex = key.toHex();
    SecureBuffer literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[hex.size() + 2] = '\'';
    return literal;
}

Result<void> Store::exportTo(const QString& path, const SecureBuffer& key)
{
    if (key.size() != 32) {
        return fail(ErrorCode::Internal, tr("Clé de base de données invalide."),
                    QStringLiteral("export key size"));
    }
    // Attached databases take their page size from this default, which must match what
    // configure() sets, so the copy opens like any store.
    if (auto r = exec(QStringLiteral("PRAGMA cipher_default_page_size = 4096")); !r) {
        return r;
    }
    const SecureBuffer literal = keyLiteral(key);
    sqlite3_stmt* attach = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS officine_export KEY ?2", -1, &attach, nullptr);
    if (rc != SQLITE_OK) {
        return fail(errorFor(rc, QStringLiteral("prepare attach")));
    }
    const QByteArray target = path.toUtf8();
    rc = sqlite3_bind_text(attach, 1, target.constData(), static_cast<int>(target.size()), SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) {
        rc = sqlite3_bind_blob(attach, 2, literal.data(), static_cast<int>(literal.size()), SQLITE_STATIC);
    }
    if (rc != SQLITE_OK) {
        sqlite3_finalize(attach);
        return fail(errorFor(rc, QStringLiteral("bind attach")));
    }
    rc = sqlite3_step(attach);
    sqlite3_finalize(attach);
    if (rc != SQLITE_DONE) {
        return fail(errorFor(rc, QStringLiteral("attach")));
    }
    // One transaction: every table is read from the same WAL snapshot, so the copy is consistent
    // even while another connection writes.
    Result<void> r = exec(QStringLiteral("BEGIN"));
    if (r) {
        r = exec(QStringLiteral("SELECT sqlcipher_export('officine_export')"));
    }
    if (r) {
        r = exec(QStringLiteral("COMMIT"));
    } else {
        rollback();
    }
    auto detached = exec(QStringLiteral("DETACH DATABASE officine_export"));
    if (!r) {
        return r;
    }
    return detached;
}

QString Store::engineVersion()
{
    return QStringLiteral("SQLite %1 (SQLCipher)").arg(QString::fromLatin1(sqlite3_libversion()));
}

// ---- Migrations ----------------------------------------------------------------------------

Result<int> Store::readSchemaVersion()
{
    auto exists
        = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"));
    if (!exists) {
        return fail(exists.error());
    }
    if (*exists == 0) {
        return 0;
    }
    auto q = query(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!q) {
        return fail(q.error());
    }
    auto vrow = q->next();
    if (!vrow) {
        return fail(vrow.error());
    }
    return *vrow ? static_cast<int>(q->text(0).toInt()) : 0;
}

Result<void> Store::migrate(const StoreOptions& options)
{
    const std::vector<Migration>& migrations = options.migrations ? *options.migrations : schemaMigrations();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const int target = options.targetSchemaVersion < 0 ? latest : options.targetSchemaVersion;

    auto current = readSchemaVersion();
    if (!current) {
        return fail(current.error());
    }
    m_schemaVersion = *current;
    if (m_schemaVersion > latest) {
        return fail(ErrorCode::StoreTooNew,
                    tr("Cette base a été créée par une version plus récente d'Officine (schéma %1, "
                       "cette version connaît le schéma %2). Mettez Officine à jour.")
                        .arg(m_schemaVersion)
                        .arg(latest),
                    QStringLiteral("schema %1 newer than supported %2").arg(m_schemaVersion).arg(latest));
    }
    for (const Migration& m : migrations) {
        if (m.version <= m_schemaVersion || m.version > target) {
            continue;
        }
        qCInfo(lcMigration) << "migrating schema" << m_schemaVersion << "->" << m.version << m.description;
        // Each step in its own transaction: DDL is transactional in SQLite, so a failing step
        // leaves the store exactly at the previous version.
        if (auto r = begin(); !r) {
            return r;
        }
        Result<void> applied = m.apply(*this);
        if (applied) {
            applied = setMeta(QStringLiteral("schema_version"), QString::number(m.version));
        }
        if (applied) {
            applied = commit();
        }
        if (!applied) {
            rollback();
            qCWarning(lcMigration) << "migration to" << m.version << "failed:" << applied.error().logText;
            return fail(
                ErrorCode::StoreMigrationFailed,
                tr("La mise à jour de la base vers la version %1 a échoué ; la base est restée "
                   "à la version %2 et reste utilisable avec la version précédente d'Officine.")
                    .arg(m.version)
                    .arg(m_schemaVersion),
                QStringLiteral("migration %1 failed: %2").arg(m.version).arg(applied.error().logText));
        }
        m_schemaVersion = m.version;
    }
    m_workstationId = meta(QStringLiteral("workstation_id"));
    return {};
}

// ---- Transaction ---------------------------------------------------------------------------

Result<Transaction> Transaction::begin(Store& store)
{
    if (auto r = store.begin(); !r) {
        return fail(r.error());
    }
    return Transaction(&store);
}

Result<Transaction> Transaction::beginUnlessOpen(Store& store)
{
    if (store.inTransaction()) {
        return Transaction(nullptr, true);
    }
    return begin(store);
}

Result<Transaction> Transaction::beginRead(Store& store)
{
    if (store.inTransaction()) {
        return Transaction(nullptr, true);
    }
    if (auto r = store.exec(QStringLiteral("BEGIN")); !r) {
        return fail(r.error());
    }
    return Transaction(&store);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_store(std::exchange(other.m_store, nullptr))
    , m_joined(other.m_joined)
{
}

Transaction::~Transaction()
{
    if (m_store) {
        m_store->rollback();
    }
}

Result<void> Transaction::commit()
{
    if (m_joined) {
        return {};
    }
    if (!m_store) {
        return fail(ErrorCode::Internal, QStringLiteral("transaction already finished"));
    }
    auto r = m_store->commit();
    if (!r) {
        m_store->rollback();
    }
    m_store = nullptr;
    return r;
}

} // namespace Officine::Storage
