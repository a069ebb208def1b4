#pragma once

#include <QByteArray>
#include <optional>
#include <vector>

namespace Officine::SmartCard {

/// One BER-TLV element (ISO 7816-4 §5.2, X.690): multi-byte tags, long-form lengths, and the
/// children of a constructed element.
struct Tlv
{
    quint32 tag = 0;
    QByteArray value;
    bool constructed = false;
    std::vector<Tlv> children;

    /// Parses a sequence of TLVs. nullopt if the bytes are malformed (truncated, length past the
    /// end, indefinite length, tag longer than 4 bytes, nesting deeper than 16).
    static std::optional<std::vector<Tlv>> parse(const QByteArray& bytes);
    /// Depth-first search for a tag.
    static const Tlv* find(const std::vector<Tlv>& elements, quint32 tag);
    /// Encodes tag, definite length and value (primitive).
    static QByteArray encode(quint32 tag, const QByteArray& value);
};

} // namespace Officine::SmartCard
