#include "tlv.h"

namespace Officine::SmartCard {

namespace {

bool parseInto(const QByteArray& b, qsizetype begin, qsizetype end, std::vector<Tlv>& out, int depth)
{
    if (depth > 16) {
        return false;
    }
    qsizetype i = begin;
    const auto u = [&b](qsizetype k) { return static_cast<quint8>(b.at(k)); };
    while (i < end) {
        // Padding between elements (00 or FF) is allowed by ISO 7816-4.
        if (u(i) == 0x00 || u(i) == 0xFF) {
            ++i;
            continue;
        }
        Tlv t;
        const quint8 first = u(i++);
        t.constructed = (first & 0x20) != 0;
        t.tag = first;
        if ((first & 0x1f) == 0x1f) {
            int more = 0;
            do {
                if (i >= end || ++more > 3) {
                    return false;
                }
                t.tag = (t.tag << 8) | u(i);
            } while (u(i++) & 0x80);
        }
        if (i >= end) {
            return false;
        }
        quint32 length = u(i++);
        if (length == 0x80) {
            return false; // indefinite length: not in smart-card data
        }
        if (length > 0x80) {
            const int n = static_cast<int>(length & 0x7f);
            if (n > 3 || i + n > end) {
                return false;
            }
            length = 0;
            for (int k = 0; k < n; ++k) {
                length = (length << 8) | u(i++);
            }
        }
        if (static_cast<qsizetype>(length) > end - i) {
            return false;
        }
        t.value = b.mid(i, static_cast<qsizetype>(length));
        if (t.constructed && !parseInto(b, i, i + static_cast<qsizetype>(length), t.children, depth + 1)) {
            return false;
        }
        i += static_cast<qsizetype>(length);
        out.push_back(std::move(t));
    }
    return true;
}

} // namespace

std::optional<std::vector<Tlv>> Tlv::parse(const QByteArray& bytes)
{
    std::vector<Tlv> out;
    if (!parseInto(bytes, 0, bytes.size(), out, 0)) {
        return std::nullopt;
    }
    return out;
}

const Tlv* Tlv::find(const std::vector<Tlv>& elements, quint32 tag)
{
    for (const Tlv& t : elements) {
        if (t.tag == tag) {
            return &t;
        }
        if (const Tlv* inner = find(t.children, tag)) {
            return inner;
        }
    }
    return nullptr;
}

QByteArray Tlv::encode(quint32 tag, const QByteArray& value)
{
    QByteArray out;
    if (tag > 0xffffff) {
        out.append(static_cast<char>(tag >> 24));
    }
    if (tag > 0xffff) {
        out.append(static_cast<char>((tag >> 16) & 0xff));
    }
    if (tag > 0xff) {
        out.append(static_cast<char>((tag >> 8) & 0xff));
    }
    out.append(static_cast<char>(tag & 0xff));
    const qsizetype n = value.size();
    if (n < 0x80) {
        out.append(static_cast<char>(n));
    } else if (n <= 0xff) {
        out.append(static_cast<char>(0x81)).append(static_cast<char>(n));
    } else if (n <= 0xffff) {
        out.append(static_cast<char>(0x82))
            .append(static_cast<char>(n >> 8))
            .append(static_cast<char>(n & 0xff));
    } else {
        out.append(static_cast<char>(0x83))
            .append(static_cast<char>(n >> 16))
            .append(static_cast<char>((n >> 8) & 0xff))
            .append(static_cast<char>(n & 0xff));
    }
    out.append(value);
    return out;
}

} // namespace Officine::SmartCard
