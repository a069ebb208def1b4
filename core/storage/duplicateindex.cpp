#include "duplicateindex.h"

#include "util/searchkey.h"

#include <algorithm>
#include <tuple>

namespace Officine::Storage {

namespace {
/// A stored date as a number that sorts as its ISO text does (00 for unknown parts).
int dateKey(const Model::BirthDate& d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

/// The same of a range bound ("1950-04-31": a bound need not be a date).
int dateKey(const QString& iso)
{
    int key = 0;
    for (const QChar c : iso) {
        if (c.isDigit()) {
            key = key * 10 + c.digitValue();
        }
    }
    return key;
}
} // namespace

Result<DuplicateIndex> DuplicateIndex::load(Store& store)
{
    // The projection already holds the search keys: one scan, no name normalised again. A file
    // has one row, or two when its used name differs from its birth name (the used name's row
    // is then the primary one, the birth name's is not).
    auto q = store.query(QStringLiteral("SELECT uuid, name_key, given_key, is_primary, used_family_name, "
                                        "sex, birth_date, nir FROM patient_search"));
    if (!q) {
        return fail(q.error());
    }
    DuplicateIndex index;
    // Reserved so that 100,000 files are not moved again at each doubling.
    if (const auto rows
        = store.scalar(QStringLiteral("SELECT count(*) FROM patient_search WHERE is_primary"))) {
        index.m_files.reserve(size_t(std::max<qint64>(0, *rows)));
    }
    QHash<QString, QString> birthKeyOf; ///< the birth name's key of files with two rows
    QHash<QString, QString> usedNameOf; ///< the used name of files with one row and a used name
    const auto read = forEachRow(*q, [&](const Query& r) {
        const QString uuid = r.text(0);
        if (r.integer(3) == 0) {
            birthKeyOf.insert(uuid, r.text(1));
            return;
        }
        File f;
        f.nameKey = r.text(1);
        f.traits.uuid = uuid;
        f.traits.birthKey = f.nameKey;
        f.traits.givenKey = r.text(2);
        f.traits.firstGiven = f.traits.givenKey.section(u' ', 0, 0, QString::SectionSkipEmpty);
        f.traits.sex = Model::sexFromCode(r.text(5));
        f.traits.birthDate = Model::BirthDate::fromIso(r.text(6));
        f.traits.nir = r.text(7);
        if (const QString used = r.text(4); !used.isEmpty()) {
            usedNameOf.insert(uuid, used);
        }
        index.m_files.push_back(std::move(f));
    });
    if (!read) {
        return fail(read.error());
    }
    for (File& f : index.m_files) {
        if (const auto birth = birthKeyOf.constFind(f.traits.uuid); birth != birthKeyOf.cend()) {
            f.traits.usedKey = f.nameKey;
            f.traits.birthKey = *birth;
        } else if (const auto used = usedNameOf.constFind(f.traits.uuid); used != usedNameOf.cend()) {
            f.traits.usedKey = searchKey(*used); // a used name with the birth name's key
        }
    }
    const auto& files = index.m_files;
    index.m_byDate.reserve(files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        index.m_byDate.emplace_back(dateKey(files[i].traits.birthDate), int(i));
        const File& f = files[i];
        if (!f.traits.nir.isEmpty()) {
            index.m_byNir.insert(f.traits.nir, int(i));
        }
        if (!f.traits.birthKey.isEmpty()) {
            index.m_byBirthKey[f.traits.birthKey].push_back(int(i));
        }
    }
    std::sort(index.m_byDate.begin(), index.m_byDate.end());
    for (auto& list : index.m_byBirthKey) {
        std::sort(list.begin(), list.end(), [&](int a, int b) {
            const File& x = files[size_t(a)];
            const File& y = files[size_t(b)];
            return std::tie(x.traits.givenKey, x.traits.uuid) < std::tie(y.traits.givenKey, y.traits.uuid);
        });
    }
    return index;
}

std::vector<DuplicateIndex::Match> DuplicateIndex::candidates(const Model::Patient& draft, int limit) const
{
    using Source = Identity::DuplicateRanking::Source;
    Identity::DuplicateRanking ranking(Identity::DuplicateTraits::ofDraft(draft));
    const Identity::DuplicateTraits& traits = ranking.draft();
    std::vector<Match> out;
    auto byName = [&](int a, int b) {
        const File& x = m_files[size_t(a)];
        const File& y = m_files[size_t(b)];
        return std::tie(x.nameKey, x.traits.givenKey, x.traits.uuid)
            < std::tie(y.nameKey, y.traits.givenKey, y.traits.uuid);
    };
    auto offer = [&](int i, Source source) {
        const File& f = m_files[size_t(i)];
        if (auto verdict = ranking.offer(f.traits, source)) {
            out.push_back({f.traits.uuid, verdict->reason, verdict->score});
        }
    };
    if (ranking.wantsSameNir()) {
        std::vector<int> same;
        for (auto it = m_byNir.constFind(traits.nir); it != m_byNir.cend() && it.key() == traits.nir; ++it) {
            same.push_back(it.value());
        }
        std::sort(same.begin(), same.end(), byName);
        for (int i : same) {
            offer(i, Source::SameNir);
        }
    }
    // Everyone born on the date or in the partial dates it falls in, in name order.
    std::vector<int> born;
    for (const auto& [from, to] : Identity::birthDateRanges(draft.birthDate)) {
        const int last = dateKey(to);
        auto it = std::lower_bound(m_byDate.begin(), m_byDate.end(), std::pair<int, int>(dateKey(from), -1));
        for (; it != m_byDate.end() && it->first <= last; ++it) {
            born.push_back(it->second);
        }
    }
    std::sort(born.begin(), born.end(), byName);
    for (int i : born) {
        offer(i, Source::BornInRange);
    }
    if (ranking.wantsSameBirthName()) {
        if (const auto list = m_byBirthKey.constFind(traits.birthKey); list != m_byBirthKey.cend()) {
            auto it = std::lower_bound(
                list->begin(), list->end(), traits.firstGiven,
                [&](int i, const QString& g) { return m_files[size_t(i)].traits.givenKey < g; });
            for (; it != list->end() && m_files[size_t(*it)].traits.givenKey.startsWith(traits.firstGiven);
                 ++it) {
                offer(*it, Source::SameBirthName);
            }
        }
    }
    Identity::DuplicateRanking::rank(out, limit);
    return out;
}

} // namespace Officine::Storage
