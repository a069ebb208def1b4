#pragma once

#include <QByteArray>
#include <QString>

namespace Officine {

/// Text from files written by other software, whose encoding no header states: a UTF-8
/// byte-order mark, else strict UTF-8, else Windows-1252 (what French Windows software writes;
/// its 0x80–0x9F bytes are typographic signs — ’ – • … ‰ — that ISO-8859-1 would turn into
/// control characters). The result is in Unicode normal form C.
struct DecodedText
{
    QString text;
    enum class Encoding { Utf8, Windows1252 } encoding = Encoding::Utf8;
    QString encodingName() const
    {
        return encoding == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
    }
};

DecodedText decodeText(QByteArrayView bytes);

/// Windows-1252 to Unicode, every byte mapped (the five bytes the code page leaves undefined
/// become U+FFFD).
QString fromWindows1252(QByteArrayView bytes);

} // namespace Officine
