#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>
#include <unordered_map>

namespace Officine::Server {

struct DatabaseOptions
{
    QString host; ///< a socket folder or a host name
    int port = 5432;
    QString name;
    QString user;
    QString password;
};

/// The rows a statement gave: read them before running the same statement again (a prepared
/// statement is reused).
class Rows
{
public:
    explicit Rows(QSqlQuery* shared)
        : m_q(shared)
    {
    }
    explicit Rows(std::unique_ptr<QSqlQuery> own)
        : m_own(std::move(own))
        , m_q(m_own.get())
    {
    }
    bool next() { return m_q->next(); }
    QVariant value(int index) const { return m_q->value(index); }

private:
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery* m_q;
};

/// One PostgreSQL connection of this process (Qt SQL's QPSQL driver), used from one thread.
/// The service's queries run inside tenant() transactions: the tenant is set for the
/// transaction only (`set_config('officine.tenant', …, true)`), and the row-level security
/// policies of every table compare each row's tenant_id with it, so a query that forgot its
/// WHERE clause still sees one pharmacy's rows (docs/server-operations.md, "Rôles").
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Result<std::unique_ptr<Database>> open(const DatabaseOptions& options,
                                                  const QString& connectionName);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs `sql` with `binds` (positional `?`), in the current transaction if one is open.
    Result<Rows> exec(const QString& sql, const QVariantList& binds = {});
    /// Runs `work` in one transaction (READ COMMITTED) with the tenant set; commits when it
    /// succeeds, rolls back otherwise. An empty tenant runs with none set: tenant tables then
    /// show no row.
    Result<void> transaction(const QString& tenantId, const std::function<Result<void>()>& work);
    /// Whether the connection still answers (health).
    bool ping();
    bool inTransaction() const { return m_inTransaction; }
    QString connectionName() const { return m_name; }
    /// The SQLSTATE of the last failed statement ("40001", "23505"…).
    QString lastState() const { return m_lastState; }

private:
    Database() = default;
    Result<void> reconnect();
    QString m_name;
    DatabaseOptions m_options;
    QString m_lastState;
    bool m_inTransaction = false;
    /// Prepared once per connection: each statement then costs one round trip, not three
    /// (PREPARE, EXECUTE, DEALLOCATE).
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

/// Applies the schema migrations not applied yet, each in its own transaction, connected as
/// the owner role; then grants the service role (`appRole`) what it needs and nothing more.
/// Refuses when the service role is a superuser, may bypass row-level security or owns a table.
Result<int> migrate(Database& owner, const QString& appRole);
/// The latest schema version this build knows.
int latestSchemaVersion();

} // namespace Officine::Server
