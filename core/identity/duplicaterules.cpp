#include "duplicaterules.h"

#include "util/searchkey.h"

#include <algorithm>

namespace Officine::Identity {

namespace {
/// Edit distance between two short keys (names), bounded: stops counting past `max`.
int editDistance(const QString& a, const QString& b, int max)
{
    if (std::abs(a.size() - b.size()) > max) {
        return max + 1;
    }
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        prev[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            // Transposition of two neighbouring letters counts as one typing error.
            best = std::min(best, cur[j]);
        }
        if (best > max) {
            return max + 1;
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool closeNames(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return false;
    }
    if (a == b) {
        return true;
    }
    const int allowed = std::min(a.size(), b.size()) >= 6 ? 2 : 1;
    return editDistance(a, b, allowed) <= allowed;
}

/// Two dates that a typing slip could turn one into the other: a single digit, or day and
/// month swapped.
bool closeDates(const Model::BirthDate& a, const Model::BirthDate& b)
{
    if (!a.isValid() || !b.isValid()) {
        return false;
    }
    if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()) {
        return true;
    }
    // The digits of YYYY-MM-DD that differ.
    int diff = 0;
    const auto count = [&diff](int x, int y, int digits) {
        for (int i = 0; i < digits; ++i, x /= 10, y /= 10) {
            diff += x % 10 != y % 10 ? 1 : 0;
        }
    };
    count(a.year(), b.year(), 4);
    count(a.month(), b.month(), 2);
    count(a.day(), b.day(), 2);
    return diff == 1;
}

QStringList words(const QString& key)
{
    return key.split(u' ', Qt::SkipEmptyParts);
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}
} // namespace

DuplicateTraits DuplicateTraits::ofDraft(const Model::Patient& draft)
{
    DuplicateTraits t;
    t.uuid = draft.meta.uuid;
    t.birthKey = searchKey(draft.birthFamilyName);
    t.usedKey = searchKey(draft.usedFamilyName);
    t.givenKey = searchKey(draft.givenNames);
    t.firstGiven = searchKey(draft.effectiveFirstGivenName());
    t.nir = QString(draft.nir).remove(u' ').toUpper();
    t.sex = draft.sex;
    t.birthDate = draft.birthDate;
    return t;
}

DuplicateTraits DuplicateTraits::ofStored(const QString& uuid, const QString& birthFamilyName,
                                          const QString& usedFamilyName, const QString& givenNames,
                                          Model::Sex sex, const Model::BirthDate& birthDate,
                                          const QString& nir)
{
    DuplicateTraits t;
    t.uuid = uuid;
    t.birthKey = searchKey(birthFamilyName);
    t.usedKey = searchKey(usedFamilyName);
    t.givenKey = searchKey(givenNames);
    t.firstGiven = t.givenKey.section(u' ', 0, 0, QString::SectionSkipEmpty);
    t.nir = nir;
    t.sex = sex;
    t.birthDate = birthDate;
    return t;
}

std::vector<std::pair<QString, QString>> birthDateRanges(const Model::BirthDate& d)
{
    std::vector<std::pair<QString, QString>> out;
    if (!d.isValid()) {
        return out;
    }
    const QString y = QStringLiteral("%1").arg(d.year(), 4, 10, QLatin1Char('0'));
    const QString ym = y + QStringLiteral("-%1").arg(d.month(), 2, 10, QLatin1Char('0'));
    if (d.month() == 0) {
        out.emplace_back(y + QStringLiteral("-00-00"), y + QStringLiteral("-12-31"));
        return out;
    }
    if (d.day() == 0) {
        out.emplace_back(ym + QStringLiteral("-00"), ym + QStringLiteral("-31"));
    } else {
        out.emplace_back(d.toIso(), d.toIso());
        out.emplace_back(ym + QStringLiteral("-00"), ym + QStringLiteral("-00"));
    }
    out.emplace_back(y + QStringLiteral("-00-00"), y + QStringLiteral("-00-00"));
    return out;
}

DuplicateRanking::DuplicateRanking(DuplicateTraits draft)
    : m_draft(std::move(draft))
    , m_givenWords(words(m_draft.givenKey))
    , m_givenSorted(sorted(m_givenWords))
{
    if (!m_draft.uuid.isEmpty()) {
        m_seen.insert(m_draft.uuid);
    }
}

std::optional<DuplicateVerdict> DuplicateRanking::offer(const DuplicateTraits& s, Source source)
{
    if (m_seen.contains(s.uuid)) {
        return std::nullopt;
    }
    std::optional<DuplicateVerdict> verdict;
    switch (source) {
    case Source::SameNir:
        if (wantsSameNir() && s.nir == m_draft.nir) {
            verdict = DuplicateVerdict {DuplicateReason::SameNir, 100};
        }
        break;
    case Source::BornInRange:
        verdict = judge(s, true);
        break;
    case Source::SameBirthName:
        // The same names with a date a typing slip away (day and month swapped, one digit).
        if (s.birthKey == m_draft.birthKey && closeDates(s.birthDate, m_draft.birthDate)) {
            verdict = judge(s, false);
        }
        break;
    }
    if (verdict) {
        m_seen.insert(s.uuid);
    }
    return verdict;
}

std::optional<DuplicateVerdict> DuplicateRanking::judge(const DuplicateTraits& s, bool sameDate) const
{
    using Reason = DuplicateReason;
    const QStringList sGiven = words(s.givenKey);
    const bool sameFamily = s.birthKey == m_draft.birthKey;
    const bool sameGivenList = sGiven == m_givenWords;
    if (sameDate && sameFamily && sameGivenList && s.sex == m_draft.sex) {
        return DuplicateVerdict {Reason::SameStrictTraits, 95};
    }
    const bool firstGivenClose = closeNames(sGiven.value(0), m_draft.firstGiven);
    if (!sameDate) {
        return sameFamily && firstGivenClose ? std::optional(DuplicateVerdict {Reason::CloseNames, 55})
                                             : std::nullopt;
    }
    // Given names in another order: "Marie Jeanne" for "Jeanne Marie".
    const bool transposed = !sameGivenList && !sGiven.isEmpty() && sorted(sGiven) == m_givenSorted;
    const bool familyClose = closeNames(s.birthKey, m_draft.birthKey);
    const QString& usedKey = m_draft.usedKey;
    const bool usedCross = (!usedKey.isEmpty() && (s.birthKey == usedKey || s.usedKey == usedKey))
        || (!s.usedKey.isEmpty() && s.usedKey == m_draft.birthKey);
    if (transposed && (familyClose || usedCross)) {
        return DuplicateVerdict {Reason::TransposedGivenNames, 85};
    }
    if (usedCross && (firstGivenClose || transposed)) {
        return DuplicateVerdict {Reason::UsedNameAsBirthName, 80};
    }
    if (familyClose && firstGivenClose) {
        return DuplicateVerdict {Reason::CloseNames, sameFamily ? 90 : 75};
    }
    return std::nullopt;
}

} // namespace Officine::Identity
