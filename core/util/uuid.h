#pragma once

#include <QString>

namespace Officine::Ids {

/// A new record identifier: an RFC 9562 version 7 UUID (48 bits of Unix time in milliseconds,
/// then 74 random bits), as lower-case text with dashes. Identifiers made one after the other
/// sort in creation order, so the indexes keyed by them grow at their end instead of touching a
/// random page for every new row (what made a 50,000-file import rewrite most of each index).
/// Within one millisecond the 12 bits after the time count up, so they stay ordered and unique
/// in this process. The creation time they reveal is already on every record (created_at).
QString newUuid();

} // namespace Officine::Ids
