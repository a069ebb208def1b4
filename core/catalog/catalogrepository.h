#pragma once

#include "catalog/bdpm.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace Officine::Storage {
class Store;
}

namespace Officine::Catalog {

/// The prescription and delivery list a spécialité is on, from its conditions (CIS_CPD).
enum class DrugList { None, ListI, ListII, Narcotic };

/// A catalogue version as the store holds it.
struct CatalogVersion
{
    qint64 id = 0;
    QString uuid;
    QString source; ///< the folder's or the archive's name
    QDate publishedOn;
    QDateTime importedAt;
    QString importedBy;
    QJsonObject report; ///< per file: encoding, lines, accepted, rejected; the rejected lines
    qint64 products = 0;
    qint64 presentations = 0;
};

/// One spécialité as a search result shows it.
struct SearchHit
{
    QString cis;
    QString name;
    QString form;
    QString marketingState;
    bool marketed = false;
    bool reinforcedMonitoring = false;
    DrugList list = DrugList::None;
    QStringList conditions;
    int presentations = 0;
    std::optional<qint64> minPriceCents;
    std::optional<qint64> maxPriceCents;
    QList<int> reimbursementRates;
    QString genericGroup; ///< its generic group's label, if any
    int genericType = -1; ///< 0 princeps, 1 générique…; -1 when in no group
    int shortage = 0; ///< the worst availability status of its presentations (0: none)
    /// What the query matched: 0 the name, 1 a substance (DCI), 2 the generic group, 3 a code.
    int matched = 0;
    QStringList substances;
};

/// A spécialité with everything the catalogue holds about it.
struct ProductDetails
{
    Product product;
    SearchHit summary;
    std::vector<Presentation> presentations;
    std::vector<Component> components;
    std::vector<GenericMember> generics;
    std::vector<Availability> availability;
};

/// The drug catalogue in the store (schema v17): versions written beside the one in service and
/// switched in one transaction, and its search. Public data: reading it is not audited.
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)

public:
    explicit CatalogRepository(Storage::Store& store)
        : m_store(store)
    {
    }

    struct ImportContext
    {
        QString source;
        QString importedBy; ///< the staff member's account uuid
        QString workstationId;
        QDateTime now;
        int batchRows = 20000; ///< rows per transaction while the version is built
    };
    /// Writes `data` as a new version beside the one in service (state 'building', in
    /// transactions of ctx.batchRows). `progress(done, total)` returning false cancels: the new
    /// rows are deleted. Anything that stops it halfway (a kill included) leaves the version in
    /// service untouched; the next build deletes what a kill left.
    Result<CatalogVersion> build(const BdpmData& data, const ImportContext& ctx,
                                 const std::function<bool(qint64, qint64)>& progress = {});
    /// Puts a built version in service, the previous one retired, in one transaction (the
    /// caller's when one is open: Commands::ActivateCatalogVersionCommand).
    Result<void> activate(const QString& versionUuid);
    /// build(), activate(), then purgeUnused(): the whole import, for tools and tests.
    Result<CatalogVersion> importVersion(const BdpmData& data, const ImportContext& ctx,
                                         const std::function<bool(qint64, qint64)>& progress = {});

    Result<std::optional<CatalogVersion>> current();

    /// As the pharmacist types: words of the name (any word, by prefix, accents and case
    /// ignored), a substance (DCI), a generic group, or a code (CIP13, CIP7, CIS).
    Result<std::vector<SearchHit>> search(const QString& query, int limit = 50);

    Result<std::optional<ProductDetails>> product(const QString& cis);

    /// The substances of the catalogue whose name has words beginning with each typed word
    /// (to link a patient's allergy to them): code and name, by name.
    struct Substance
    {
        QString code;
        QString name;
    };
    Result<std::vector<Substance>> substances(const QString& query, int limit = 30);

    /// Deletes the rows of versions that are not in service (a version left half-built).
    Result<int> purgeUnused();

    static DrugList listOf(const QStringList& conditions);

private:
    /// The id of the version in service, 0 when there is none.
    Result<qint64> currentVersionId();

    Storage::Store& m_store;
};

} // namespace Officine::Catalog
