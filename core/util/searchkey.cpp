#include "searchkey.h"

#include <algorithm>

namespace Officine {

QString searchKey(const QString& text)
{
    // ASCII has nothing to decompose: the normalisation (most of the cost) is skipped.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining) {
            continue;
        }
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty()) {
                out.append(u' ');
            }
            pendingSpace = false;
            switch (c.unicode()) {
            case 0x0152: // Œ
            case 0x0153: // œ
                out.append(QStringLiteral("OE"));
                break;
            case 0x00C6: // Æ
            case 0x00E6: // æ
                out.append(QStringLiteral("AE"));
                break;
            case 0x00DF: // ß
                out.append(QStringLiteral("SS"));
                break;
            default:
                out.append(c.toUpper());
            }
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QString prefixUpperBound(const QString& prefix)
{
    if (prefix.isEmpty()) {
        return QString(QChar(0xFFFF));
    }
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    return upper;
}

} // namespace Officine
