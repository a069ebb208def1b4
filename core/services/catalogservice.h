#pragma once

#include "catalog/catalogrepository.h"
#include "util/result.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Officine::Storage {
class Store;
}
namespace Officine::Commands {
class CommandExecutor;
}

namespace Officine::Services {

/// The drug catalogue as the screens use it: search and details on the GUI thread's connection
/// (public data, not audited), and the import of a BDPM download (folder or zip) off the GUI
/// thread, on a connection of its own: read, parse, build the new version beside the one in
/// service, then — back on the GUI thread — the titulaire's ActivateCatalogVersionCommand puts
/// it in service, and the retired version's rows are deleted in the background.
///
/// Thread-safety: lives on the GUI thread; its signals arrive there.
class CatalogService : public QObject
{
    Q_OBJECT

public:
    using Opener = std::function<Result<std::unique_ptr<Storage::Store>>()>;
    /// `connections` opens further connections on the store (the import's); without one the
    /// import runs on the calling thread (tools, tests).
    CatalogService(Commands::CommandExecutor& executor, Opener connections, QObject* parent = nullptr);
    ~CatalogService() override;

    Result<std::vector<Catalog::SearchHit>> search(const QString& query, int limit = 50);
    Result<std::optional<Catalog::ProductDetails>> product(const QString& cis);
    Result<std::optional<Catalog::CatalogVersion>> current();

    /// Whether the signed-in person may import (for the screen's comfort; the command decides).
    bool canImport() const;
    bool importing() const { return m_worker != nullptr; }

    /// Starts importing the BDPM files of `path` (a folder or a zip). Fails at once when an
    /// import runs, or when the signed-in person may not import (refusal audited by the
    /// command). The outcome arrives as importFinished().
    Result<void> startImport(const QString& path);
    /// Stops the import at its next step; the version in service stays.
    void cancelImport() { m_cancel = true; }

Q_SIGNALS:
    /// `percent` of the rows written; `step` says what is being done, in French.
    void importProgress(int percent, const QString& step);
    /// `message` in French: the counts, or why nothing changed.
    void importFinished(bool ok, const QString& message);
    /// A new version is in service (searches and open details are to be read again).
    void catalogueChanged();
    /// The background work is over (the import, then the retired version's rows): another
    /// import may start.
    void idle();

private:
    struct Outcome;
    void finish(const std::shared_ptr<Outcome>& outcome);
    void purgeInBackground();
    Result<void> run(Storage::Store& store, const QString& path, const QString& importedBy, Outcome& out);

    Commands::CommandExecutor& m_executor;
    Opener m_connections;
    QThread* m_worker = nullptr;
    std::atomic<bool> m_cancel {false};
};

} // namespace Officine::Services
