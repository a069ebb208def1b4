#pragma once

#include "model/patient.h"

#include <QSet>
#include <optional>
#include <vector>

namespace Officine::Identity {

/// Why a stored file may be the same person as the one being created (RNIV: search before
/// creating).
enum class DuplicateReason {
    SameNir,
    SameStrictTraits,
    CloseNames,
    TransposedGivenNames,
    UsedNameAsBirthName
};

/// What the duplicate rules compare of a file: its traits as search keys.
struct DuplicateTraits
{
    QString uuid;
    QString birthKey; ///< searchKey(birth family name)
    QString usedKey; ///< searchKey(used family name)
    QString givenKey; ///< searchKey(the given names, in order)
    QString firstGiven; ///< search key of the first given name
    QString nir; ///< without spaces, upper case
    Model::Sex sex = Model::Sex::Unknown;
    Model::BirthDate birthDate;

    /// A file being typed: its first given name is the one declared, else the first of the list.
    static DuplicateTraits ofDraft(const Model::Patient& draft);
    /// A stored file, from the columns of the search projection.
    static DuplicateTraits ofStored(const QString& uuid, const QString& birthFamilyName,
                                    const QString& usedFamilyName, const QString& givenNames, Model::Sex sex,
                                    const Model::BirthDate& birthDate, const QString& nir);
};

struct DuplicateVerdict
{
    DuplicateReason reason = DuplicateReason::CloseNames;
    int score = 0; ///< 100 identical … the higher the closer
};

/// The stored birth dates a typed date may mean, as inclusive ranges of ISO text with 00 for
/// unknown parts: itself, and the partial dates it falls in (a patient born "00/03/1948" is a
/// candidate for 12/03/1948). A partial typed date covers its range.
std::vector<std::pair<QString, QString>> birthDateRanges(const Model::BirthDate& date);

/// The duplicate rules, in one place for every way of looking candidates up (the queries of
/// PatientRepository::duplicateCandidates, the in-memory Storage::DuplicateIndex of an import).
/// A lookup fetches the files of three kinds and offers each one; the ranking judges it, once
/// per file, and keeps the verdict.
class DuplicateRanking
{
public:
    /// Where an offered file was found.
    enum class Source {
        SameNir, ///< the same 15-character NIR (fetched only when wantsSameNir())
        BornInRange, ///< born on a date of birthDateRanges(draft's date)
        SameBirthName, ///< the same birth name key, given names starting with the first one typed
                       ///< (fetched only when wantsSameBirthName())
    };

    explicit DuplicateRanking(DuplicateTraits draft);
    const DuplicateTraits& draft() const { return m_draft; }
    bool wantsSameNir() const { return m_draft.nir.size() == 15; }
    bool wantsSameBirthName() const { return !m_draft.birthKey.isEmpty() && !m_draft.firstGiven.isEmpty(); }
    /// The verdict on a file, if it is a candidate not offered before (nor the draft itself).
    std::optional<DuplicateVerdict> offer(const DuplicateTraits& stored, Source source);

    /// Sorts candidates best first (stable: the lookup's order among equal scores) and keeps
    /// `limit`. `T` has a `score`.
    template<typename T>
    static void rank(std::vector<T>& candidates, int limit)
    {
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const T& a, const T& b) { return a.score > b.score; });
        if (static_cast<int>(candidates.size()) > limit) {
            candidates.resize(static_cast<size_t>(std::max(0, limit)));
        }
    }

private:
    std::optional<DuplicateVerdict> judge(const DuplicateTraits& s, bool sameDate) const;
    DuplicateTraits m_draft;
    QStringList m_givenWords;
    QStringList m_givenSorted;
    QSet<QString> m_seen;
};

} // namespace Officine::Identity
