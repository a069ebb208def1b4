#include "catalogservice.h"

#include "commands/catalogcommands.h"
#include "commands/commandexecutor.h"
#include "storage/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QThread>

namespace Officine::Services {

struct CatalogService::Outcome
{
    Result<Catalog::CatalogVersion> version = fail(ErrorCode::Internal, QString());
};

CatalogService::CatalogService(Commands::CommandExecutor& executor, Opener connections, QObject* parent)
    : QObject(parent)
    , m_executor(executor)
    , m_connections(std::move(connections))
{
}

CatalogService::~CatalogService()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

Result<std::vector<Catalog::SearchHit>> CatalogService::search(const QString& query, int limit)
{
    return Catalog::CatalogRepository(m_executor.store()).search(query, limit);
}

Result<std::optional<Catalog::ProductDetails>> CatalogService::product(const QString& cis)
{
    return Catalog::CatalogRepository(m_executor.store()).product(cis);
}

Result<std::optional<Catalog::CatalogVersion>> CatalogService::current()
{
    return Catalog::CatalogRepository(m_executor.store()).current();
}

bool CatalogService::canImport() const
{
    return m_executor.allowed(Commands::Permission::CatalogManage);
}

Result<void> CatalogService::run(Storage::Store& store, const QString& path, const QString& importedBy,
                                 Outcome& out)
{
    const auto cancelled = [this]() { return m_cancel.load(); };
    Q_EMIT importProgress(0, tr("Lecture des fichiers…"));
    auto source = Catalog::BdpmSource::fromPath(path);
    if (!source) {
        out.version = fail(source.error());
        return {};
    }
    Q_EMIT importProgress(0, tr("Contrôle des fichiers…"));
    auto data = Catalog::Bdpm::parse(*source, cancelled);
    if (!data) {
        out.version = fail(data.error());
        return {};
    }
    Catalog::CatalogRepository::ImportContext ctx;
    ctx.source = QFileInfo(path).fileName();
    ctx.importedBy = importedBy;
    ctx.workstationId = store.workstationId();
    ctx.now = m_executor.clock().now();
    out.version = Catalog::CatalogRepository(store).build(*data, ctx, [this](qint64 done, qint64 total) {
        Q_EMIT importProgress(total > 0 ? int(done * 100 / total) : 100, tr("Écriture du catalogue…"));
        return !m_cancel.load();
    });
    return {};
}

Result<void> CatalogService::startImport(const QString& path)
{
    if (m_worker) {
        return fail(ErrorCode::Conflict, tr("Un import du catalogue est déjà en cours."),
                    QStringLiteral("catalogue import running"));
    }
    if (!canImport()) {
        // Refused and audited by the command itself, as any refusal.
        Catalog::CatalogVersion none;
        none.uuid = QStringLiteral("-");
        Commands::ActivateCatalogVersionCommand refused(none);
        auto r = m_executor.execute(refused);
        return r ? fail(ErrorCode::PermissionDenied, QString()) : fail(r.error());
    }
    m_cancel = false;
    auto outcome = std::make_shared<Outcome>();
    // Who imports, read here on the GUI thread (the session may lock while the worker runs: the
    // command that puts the version in service then refuses it, and the version in use stays).
    const QString importedBy = m_executor.actor() ? m_executor.actor()->accountId : QString();
    if (!m_connections) {
        (void)run(m_executor.store(), path, importedBy, *outcome);
        finish(outcome);
        return {};
    }
    m_worker = QThread::create([this, path, importedBy, outcome]() {
        auto store = m_connections();
        if (!store) {
            outcome->version = fail(store.error());
        } else {
            (void)run(**store, path, importedBy, *outcome);
        }
        QMetaObject::invokeMethod(
            this, [this, outcome]() { finish(outcome); }, Qt::QueuedConnection);
    });
    m_worker->start();
    return {};
}

void CatalogService::purgeInBackground()
{
    // The unused version's rows (up to a few hundred thousand): deleted on a connection of
    // their own, off the GUI thread; idle() says when it is done.
    if (!m_connections) {
        (void)Catalog::CatalogRepository(m_executor.store()).purgeUnused();
        Q_EMIT idle();
        return;
    }
    m_worker = QThread::create([this]() {
        if (auto store = m_connections()) {
            (void)Catalog::CatalogRepository(**store).purgeUnused();
        }
        QMetaObject::invokeMethod(
            this,
            [this]() {
                if (m_worker) {
                    m_worker->wait();
                    delete m_worker;
                    m_worker = nullptr;
                }
                Q_EMIT idle();
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void CatalogService::finish(const std::shared_ptr<Outcome>& outcome)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (!outcome->version) {
        Q_EMIT importFinished(false, outcome->version.error().userText);
        Q_EMIT idle();
        return;
    }
    const Catalog::CatalogVersion& v = *outcome->version;
    Commands::ActivateCatalogVersionCommand activate(v);
    if (auto r = m_executor.execute(activate); !r) {
        Q_EMIT importFinished(false, r.error().userText);
        purgeInBackground(); // the version built and refused
        return;
    }
    Q_EMIT catalogueChanged();
    purgeInBackground(); // the retired version's rows
    const QLocale fr(QLocale::French);
    const int refused = int(v.report.value(QStringLiteral("rejected")).toArray().size());
    const QString counts = tr("Catalogue mis en service : %1 spécialités, %2 présentations")
                               .arg(fr.toString(v.products), fr.toString(v.presentations));
    Q_EMIT importFinished(
        true,
        refused == 0 ? counts + tr(" ; aucune ligne refusée.")
                     : counts
                + tr(" ; %n ligne(s) refusée(s), listées dans le rapport de l'import.", nullptr, refused));
}

} // namespace Officine::Services
