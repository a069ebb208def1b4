#pragma once

#include "identity/duplicaterules.h"
#include "storage/store.h"

#include <QHash>
#include <vector>

namespace Officine::Storage {

/// The traits of every live file, held in memory to check many drafts at once (the dry run of
/// an import checks every line of a file of tens of thousands): the rules of
/// Identity::DuplicateRanking, as PatientRepository::duplicateCandidates applies them, with
/// lookups in memory instead of three queries a line. Loading reads the search projection once
/// (100,000 files: see bench_patients); the index is a snapshot and sees no later write.
class DuplicateIndex
{
public:
    static Result<DuplicateIndex> load(Store& store);

    struct Match
    {
        QString uuid;
        Identity::DuplicateReason reason = Identity::DuplicateReason::CloseNames;
        int score = 0;
    };
    /// The files that may be the same person as `draft`, best first (the order and the verdicts
    /// of PatientRepository::duplicateCandidates).
    std::vector<Match> candidates(const Model::Patient& draft, int limit) const;
    qsizetype size() const { return qsizetype(m_files.size()); }

private:
    struct File
    {
        Identity::DuplicateTraits traits;
        QString nameKey; ///< the key the alphabetical list sorts on (the used name when there is one)
    };
    std::vector<File> m_files;
    /// (YYYYMMDD of the stored date, 00 for unknown parts; index into m_files), sorted.
    std::vector<std::pair<int, int>> m_byDate;
    QMultiHash<QString, int> m_byNir;
    QHash<QString, std::vector<int>> m_byBirthKey; ///< each list by given names, then UUID
};

} // namespace Officine::Storage
