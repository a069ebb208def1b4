#include "safety.h"

#include "util/searchkey.h"

#include <algorithm>

namespace Officine::Prescribing {

std::vector<AllergyConflict> allergyConflicts(const std::vector<Model::Allergy>& allergies,
                                              const std::vector<Catalog::Component>& components)
{
    std::vector<AllergyConflict> out;
    for (const Model::Allergy& a : allergies) {
        const QStringList typed = searchKey(a.text).split(u' ', Qt::SkipEmptyParts);
        for (const Catalog::Component& c : components) {
            if (c.nature != u"SA" && c.nature != u"ST") {
                continue; // a therapeutic fraction restates its substance
            }
            bool byCode = false;
            bool match = false;
            if (!a.substanceCode.isEmpty()) {
                byCode = match = a.substanceCode == c.substanceCode;
            } else if (!typed.isEmpty()) {
                const QStringList words = searchKey(c.substance).split(u' ', Qt::SkipEmptyParts);
                match = std::all_of(typed.cbegin(), typed.cend(), [&words](const QString& t) {
                    return t.size() >= 3 && std::any_of(words.cbegin(), words.cend(), [&t](const QString& w) {
                               return w.startsWith(t);
                           });
                });
            }
            if (!match) {
                continue;
            }
            const bool seen = std::any_of(out.cbegin(), out.cend(), [&](const AllergyConflict& x) {
                return x.allergyUuid == a.uuid && x.substanceCode == c.substanceCode;
            });
            if (!seen) {
                out.push_back({a.uuid, a.intolerance, a.text, c.substance, c.substanceCode, byCode});
            }
        }
    }
    return out;
}

} // namespace Officine::Prescribing
