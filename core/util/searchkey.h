#pragma once

#include <QString>

namespace Officine {

/// The normalised form of a name used by indexed prefix search: upper case, accents removed
/// (É→E, Ç→C, Œ→OE), apostrophes and hyphens turned into single spaces. "Lefèvre-d'Aubigné"
/// → "LEFEVRE D AUBIGNE". Both the stored key and the typed prefix go through it.
QString searchKey(const QString& text);

/// The smallest key greater than every key that starts with `prefix`, for the range
/// `key >= prefix AND key < upperBound(prefix)` that an index can serve.
QString prefixUpperBound(const QString& prefix);

} // namespace Officine
