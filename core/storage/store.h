#pragma once

#include "util/result.h"
#include "util/securebuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <functional>
#include <list>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Officine::Storage {

class Store;

/// A prepared statement in a Store's cache, with how many Query objects use it now.
struct CachedStatement
{
    QString sql;
    sqlite3_stmt* stmt = nullptr;
    int users = 0;
};

/// One schema step. `apply` runs inside the migration's own transaction; it must not commit.
struct Migration
{
    int version;
    const char* description;
    std::function<Result<void>(Store&)> apply;
};

enum class Encryption {
    /// SQLCipher, AES-256 with a per-page HMAC, keyed by a raw 256-bit key. The only mode the
    /// applications use.
    Encrypted,
    /// A plain SQLite file of the same schema, used only by bench/ to measure what encryption
    /// costs. Never used for health data: no executable other than the benchmark selects it.
    PlaintextForBenchmarkOnly,
};

struct StoreOptions
{
    QString path;
    Encryption encryption = Encryption::Encrypted;
    bool createIfMissing = true;
    /// -1 migrates to the latest version; tests stop at an older one to build old stores.
    int targetSchemaVersion = -1;
    /// Replaces the schema migrations (tests inject a failing one).
    const std::vector<Migration>* migrations = nullptr;
    /// Page cache, in KiB, per connection, allocated as pages are read. 192 MiB holds the
    /// search projection with its indexes (75 MB at 100,000 patients), the random-keyed audit
    /// indexes and the files in use, so pages are decrypted once rather than at every
    /// eviction: with 64 MiB the slowest searches paid for decryption (encrypted/plain p99
    /// ratio up to 2.1), with 192 MiB the ratios are 0.8–1.0 (bench/bench_patients).
    int cacheKiB = 192 * 1024;
};

/// A prepared statement borrowed from the store's cache. It is reset and its bindings cleared
/// when the Query goes out of scope, so read transactions never linger. Parameters are 1-based.
/// A binding that fails (an index out of range, out of memory) makes next() and run() fail:
/// a statement never runs with a parameter silently left NULL.
class Query
{
public:
    Query(Store* store, CachedStatement* statement);
    ~Query();
    Query(Query&& other) noexcept;
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int index, const QString& value);
    Query& bind(int index, qint64 value);
    Query& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Query& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Query& bind(int index, double value);
    Query& bindBlob(int index, QByteArrayView value);
    /// Binds UTF-8 text already encoded (copied by SQLite).
    Query& bindUtf8(int index, QByteArrayView value);
    Query& bindNull(int index);

    /// Advances one row: true when a row is available, false when done.
    Result<bool> next();
    /// Runs a statement that returns no row (or ignores them).
    Result<void> run();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    /// The column's UTF-8 text (integers as decimal), valid until the next step: for loops that
    /// must not convert every row to QString (audit verification).
    QByteArrayView utf8(int column) const;
    QByteArrayView blobView(int column) const;

private:
    void track(int rc);
    Store* m_store;
    CachedStatement* m_statement;
    sqlite3_stmt* m_stmt;
    int m_bindResult = 0; ///< SQLITE_OK, or the first binding's failure (next() then refuses)
};

/// The arguments of an application-defined SQL function (Store::defineFunction), read in place:
/// text and blobs as views of SQLite's own bytes, valid during the call.
class FunctionArgs
{
public:
    /// `values`: SQLite's sqlite3_value* array (kept opaque here).
    FunctionArgs(int count, void** values)
        : m_count(count)
        , m_values(values)
    {
    }
    int count() const { return m_count; }
    QByteArrayView bytes(int index) const;
    qint64 integer(int index) const;

private:
    int m_count;
    void** m_values;
};

/// Our store class over the SQLCipher C API (architecture decision 1).
///
/// Thread-safety: a Store is one SQLite connection and belongs to the thread that opened it.
/// Another thread that needs the database (the backup job) opens its own Store on the same file;
/// WAL mode lets readers and the single writer proceed together.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    /// Opens (or creates) the store at options.path with the given raw 256-bit key, checks the
    /// key, sets WAL, secure_delete and in-memory temp storage, and migrates the schema.
    /// The key bytes are only read; callers keep them in their own SecureBuffer.
    static Result<std::unique_ptr<Store>> open(const StoreOptions& options, const SecureBuffer& key);
    ~Store();

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// Runs one or more statements without results.
    Result<void> exec(const QString& sql);
    /// The first column of the first row of a query without parameters (counts, pragmas);
    /// 0 when there is no row.
    Result<qint64> scalar(const QString& sql);
    /// A statement from the cache, prepared on first use. The cache is keyed by the SQL text and
    /// keeps the statementCacheLimit most recently used ones (a statement in use is never
    /// evicted): values go in bindings, never into the text.
    Result<Query> query(const QString& sql);
    static constexpr int statementCacheLimit = 96;
    int cachedStatements() const { return int(m_statements.size()); }

    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const;
    /// Rows the last INSERT, UPDATE or DELETE changed.
    int changes() const;

    int schemaVersion() const { return m_schemaVersion; }
    QString workstationId() const { return m_workstationId; }
    QString path() const { return m_path; }
    bool isEncrypted() const { return m_encrypted; }
    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

    /// Reads every page (PRAGMA integrity_check): a page whose HMAC fails or whose b-tree is
    /// damaged is reported, not silently read.
    Result<void> integrityCheck();
    /// Moves the WAL's content into the main file and truncates the WAL.
    Result<void> checkpoint();
    /// Writes a consistent copy of the whole database (one read snapshot) to a new SQLCipher file
    /// at `path` under `key` (sqlcipher_export through ATTACH). The copy is never in clear.
    Result<void> exportTo(const QString& path, const SecureBuffer& key);

    /// Defines a deterministic SQL function on this connection, returning an integer. Work done
    /// inside a query this way reads the row's columns where they lie instead of copying each
    /// one out as a result (the audit verifier's hash check).
    using ScalarFunction = std::function<qint64(const FunctionArgs&)>;
    Result<void> defineFunction(const QString& name, int argCount, ScalarFunction function);
    bool hasFunction(const QString& name) const { return m_functionNames.contains(name); }

    /// Maps an SQLite result code to our error, with a French text for the user.
    Error errorFor(int rc, const QString& context) const;
    sqlite3* handle() const { return m_db; }

    static const std::vector<Migration>& schemaMigrations();
    static int latestSchemaVersion();
    /// Build-time SQLCipher and SQLite versions, for the About dialog and support.
    static QString engineVersion();

    /// The SQLCipher raw-key literal x'<hex>' for a 32-byte key, in locked memory.
    static SecureBuffer keyLiteral(const SecureBuffer& key);

private:
    explicit Store(sqlite3* db, QString path, bool encrypted);
    Result<void> configure(const StoreOptions& options);
    Result<void> migrate(const StoreOptions& options);
    Result<int> readSchemaVersion();

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_encrypted = true;
    int m_schemaVersion = 0;
    QString m_workstationId;
    /// Most recently used first; the hash points into it (list nodes never move).
    std::list<CachedStatement> m_lru;
    QHash<QString, std::list<CachedStatement>::iterator> m_statements;
    /// Kept until the connection closes: a statement prepared against a replaced definition
    /// may still hold its pointer.
    std::vector<std::unique_ptr<ScalarFunction>> m_functions;
    QSet<QString> m_functionNames;
};

/// Begins on construction, rolls back on destruction unless committed.
class Transaction
{
public:
    static Result<Transaction> begin(Store& store);
    /// Joins the caller's open transaction (commit() is then a no-op and nothing is rolled back
    /// here), or begins a write transaction of its own.
    static Result<Transaction> beginUnlessOpen(Store& store);
    /// A read snapshot (BEGIN DEFERRED), rolled back on destruction; joins an open transaction.
    static Result<Transaction> beginRead(Store& store);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(Store* store, bool joined = false)
        : m_store(store)
        , m_joined(joined)
    {
    }
    Store* m_store;
    bool m_joined;
};

/// Reads the first row of `q` with `read(q)`; nullopt when the query returns none.
template<class T, class Read>
Result<std::optional<T>> firstRow(Query& q, Read read)
{
    auto row = q.next();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return std::optional<T>();
    }
    return std::optional<T>(read(q));
}

/// Calls `visit(q)` on every row of `q`.
template<class Visit>
Result<void> forEachRow(Query& q, Visit visit)
{
    for (;;) {
        auto row = q.next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            return {};
        }
        visit(q);
    }
}

/// Reads every row of `q` with `read(q)` (one value per row).
template<class T, class Read>
Result<std::vector<T>> collectRows(Query& q, Read read)
{
    std::vector<T> out;
    if (auto r = forEachRow(q, [&](Query& row) { out.push_back(read(row)); }); !r) {
        return fail(r.error());
    }
    return out;
}

} // namespace Officine::Storage
