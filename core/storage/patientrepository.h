#pragma once

#include "identity/duplicaterules.h"
#include "model/patient.h"
#include "storage/recordstamp.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <vector>

namespace Officine::Storage {

/// What a search text asks for (PatientRepository::search): name words, birth dates and NIR
/// prefixes, read the way the counter types them. Digits alone may be a date and a NIR prefix
/// at once ("120348"): both are searched, dates first.
struct PatientQuery
{
    QString familyKey; ///< search key of the first name word(s)
    QString givenKey; ///< the rest, when the text has several words
    /// Inclusive ranges of stored birth dates (ISO text with 00 for unknown parts).
    std::vector<std::pair<QString, QString>> dateRanges;
    QString nirPrefix;

    bool isEmpty() const { return familyKey.isEmpty() && dateRanges.empty() && nirPrefix.isEmpty(); }
    static PatientQuery parse(const QString& text, const QDate& today);
};

/// A candidate duplicate of a patient being created or edited, with why it is one.
struct DuplicateCandidate
{
    Model::PatientSummary patient;
    using Reason = Identity::DuplicateReason;
    Reason reason = Reason::CloseNames;
    int score = 0; ///< 100 identical … the higher the closer
};

/// Patients in the store. Writes must run inside a transaction (the command executor opens it);
/// each one bumps the revision, stamps the workstation, keeps the search projection in step and
/// appends its outbox row.
class PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)

public:
    static constexpr auto entity = "patient";
    static constexpr auto photoEntity = "patient_photo";

    explicit PatientRepository(Store& store)
        : m_store(store)
    {
    }

    /// Gives the patient a UUID (if it has none) and revision 1.
    /// How a write keeps the search projection: at once (every command), or deferred to
    /// catchUpSearch() (the batches of an import, whose rows are then inserted all at once in
    /// key order instead of interleaved with every other write: see bench_patients).
    enum class SearchUpdate { Now, Deferred };
    Result<void> insert(Model::Patient& patient, const WriteContext& ctx,
                        SearchUpdate search = SearchUpdate::Now);
    /// A new file stamped and serialised (its row's documents and its outbox payload) without
    /// the store: on any thread, so an import prepares a whole batch on every core before its
    /// transaction. `patient` must outlive it.
    struct PreparedWrite
    {
        const Model::Patient* patient = nullptr;
        QByteArray evidence;
        QByteArray clinical;
        QByteArray rights;
        QByteArray payload;
    };
    static PreparedWrite prepareInsert(Model::Patient& patient, const WriteContext& ctx);
    /// The outbox payload of a file at `revision`, if it is still the stored one (Outbox reads
    /// the creations it queued by reference).
    static Result<std::optional<QByteArray>> payloadAsStored(Store& store, const QString& uuid,
                                                             qint64 revision);
    /// A file's document as it syncs (the outbox payload, the server's record, a merge base).
    static QByteArray document(const Model::Patient& patient);
    Result<void> insert(const PreparedWrite& prepared, SearchUpdate search = SearchUpdate::Now);
    /// Optimistic concurrency: fails with Conflict unless the stored revision is
    /// patient.meta.revision; on success the revision is incremented.
    Result<void> update(Model::Patient& patient, const WriteContext& ctx);
    /// Writes a file as the sync server holds it (pulled from another workstation): inserted or
    /// replaced with its search rows, its local revision bumped (an edit open on the old one is
    /// then refused as stale), and no outbox row: it comes from the server. `Deferred`: a new
    /// file's search rows wait for catchUpSearch() (the sync engine's end of page).
    Result<void> applyRemote(Model::Patient& patient, SearchUpdate search = SearchUpdate::Now);
    /// The same, with the file's documents serialised beforehand (prepareRemote(), on another
    /// thread: the sync engine decodes a page while it writes the one before). `prepared`
    /// must have been made from `patient`; it is used when the file is new here.
    Result<void> applyRemote(Model::Patient& patient, const PreparedWrite& prepared, SearchUpdate search);
    /// A received file's row documents, without the store (any thread).
    static PreparedWrite prepareRemote(const Model::Patient& patient);

    /// Any patient, archived or tombstoned included (the fields tell): callers decide.
    Result<Model::Patient> get(const QString& uuid);
    /// The file an old reference now means: follows the redirects merges left (the UUID itself
    /// when it was never merged).
    Result<QString> resolve(const QString& uuid);

    // Photo: JPEG or PNG bytes, its own sync record.
    Result<void> setPhoto(const QString& patientUuid, const QByteArray& data, const QString& mime,
                          const WriteContext& ctx);
    Result<void> removePhoto(const QString& patientUuid, const WriteContext& ctx);
    /// Empty when the patient has none.
    Result<QByteArray> photo(const QString& patientUuid);

    /// The files merged into `uuid` (directly or through earlier merges).
    Result<QStringList> absorbedInto(const QString& uuid);
    /// Records that `oldUuid` was merged into `newUuid` (earlier redirects to oldUuid follow).
    Result<void> addRedirect(const QString& oldUuid, const QString& newUuid, const QDateTime& at);

    // Retention (core/retention). Archived files leave the search projection.
    /// Live, active files whose last change is before `cutoff`.
    Result<QStringList> dueForArchive(const QDateTime& cutoff);
    /// Files (archived or tombstoned) whose last change is before `cutoff`.
    Result<QStringList> dueForPurge(const QDateTime& cutoff);
    Result<void> archive(const QString& uuid, const QDateTime& now);
    /// Back to the active base (a pharmacist needs the file again): it counts as a change.
    Result<void> unarchive(const QString& uuid, const WriteContext& ctx);
    /// Deletes the file for good with its search rows, history, photo and pending outbox rows
    /// (which carry its data), and queues a tombstone for the server.
    Result<void> purge(const QString& uuid, const WriteContext& ctx);
    /// Erasure on request (RGPD art. 17): the row stays as a tombstone holding no health data
    /// (UUID, dates, the state of rights), everything else is deleted as by purge().
    Result<void> erase(const QString& uuid, const WriteContext& ctx);

    /// As-you-type search (PatientQuery): name prefixes on birth or used family name then given
    /// name, birth dates, NIR prefixes, accent- and case-insensitive. Sorted by name; archived
    /// and tombstoned files excluded.
    Result<std::vector<Model::PatientSummary>> search(const QString& text, const QDate& today, int limit);
    Result<std::vector<Model::PatientSummary>> search(const PatientQuery& query, int limit);
    /// Patients in name order (under their used name when they have one).
    Result<std::vector<Model::PatientSummary>> list(int offset, int limit);
    Result<qint64> count();
    /// Files that may be the same person as `draft` (RNIV: search before creating): same NIR,
    /// same strict traits, or the same birth date with close names, transposed given names, or a
    /// used name typed as the birth name. `draft` itself (its UUID) is never a candidate.
    Result<std::vector<DuplicateCandidate>> duplicateCandidates(const Model::Patient& draft, int limit = 10);

    /// Every live patient, for schema migrations that rebuild derived tables.
    Result<std::vector<Model::Patient>> allForMigration();
    /// Replaces the patient's rows in the search projection (none for a tombstone).
    /// `fresh`: a new record, with no rows to replace.
    static Result<void> writeSearchEntries(Store& store, const Model::Patient& patient, bool fresh = false);
    /// Writes the search rows of every file whose rows were deferred, in key order, in one
    /// transaction (the caller's, or its own), and returns how many files it brought up.
    /// Store::open calls it as well: an import killed before its end leaves no file that a
    /// search cannot find once the store is opened again.
    static Result<int> catchUpSearch(Store& store);

private:
    Result<void> write(const Model::Patient& p, bool insert, SearchUpdate search = SearchUpdate::Now);
    enum class Queue { Outbox, No };
    Result<void> write(const PreparedWrite& prepared, bool insert, SearchUpdate search,
                       Queue queue = Queue::Outbox);
    static PreparedWrite prepare(const Model::Patient& p, bool created);
    Result<std::vector<Model::PatientSummary>> searchRange(const QString& family, const QString& given,
                                                           const PatientQuery& filter, int limit);
    Result<std::vector<Model::PatientSummary>> searchWhere(const QString& where,
                                                           const std::function<void(Query&)>& bind, int limit,
                                                           const QString& index = {});
    Result<std::vector<Model::PatientSummary>> familyThenGiven(const QString& family, const QString& given,
                                                               const PatientQuery& filter, int limit);
    Result<std::vector<Model::PatientSummary>> bornIn(const std::vector<std::pair<QString, QString>>& ranges,
                                                      int limit);
    Result<void> deleteDependents(const QString& uuid);
    Store& m_store;
};

} // namespace Officine::Storage
