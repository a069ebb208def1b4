#include "csvtable.h"

#include "util/textdecoding.h"

namespace Officine::Import {

namespace {
QString decode(const QByteArray& bytes, QString& encoding)
{
    DecodedText d = decodeText(bytes);
    encoding = d.encodingName();
    return std::move(d.text);
}
} // namespace

Result<CsvTable> CsvTable::parse(const QByteArray& bytes)
{
    CsvTable table;
    if (bytes.size() > 512 * 1024 * 1024) {
        return fail(ErrorCode::InvalidInput, CsvTr::tr("Fichier trop volumineux (plus de 512 Mo)."),
                    QStringLiteral("csv too large"));
    }
    const QString text = decode(bytes, table.encoding);
    if (text.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, CsvTr::tr("Le fichier est vide."), QStringLiteral("csv empty"));
    }
    // The separator is the most frequent candidate on the header line (outside quotes).
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString headerLine = firstBreak < 0 ? text : text.left(firstBreak);
    int best = 0;
    table.separator = u';';
    for (const QChar candidate : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        const int n = int(headerLine.count(candidate));
        if (n > best) {
            best = n;
            table.separator = candidate;
        }
    }
    table.rows.reserve(size_t(text.count(u'\n')) + 1);
    QStringList cells;
    QString cell;
    bool quoted = false;
    int line = 1;
    int recordLine = 1;
    bool first = true;
    auto endRecord = [&]() {
        cells << cell;
        cell.clear();
        const bool blank = cells.size() == 1 && cells.front().trimmed().isEmpty();
        if (!blank) {
            if (first) {
                table.header = cells;
                first = false;
            } else {
                table.rows.push_back({recordLine, cells});
            }
        }
        cells.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
        } else if (c == table.separator) {
            cells << cell;
            cell.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            // A run of ordinary characters is appended at once: most cells are one run, so one
            // allocation of the right size rather than a buffer grown character by character.
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = text.at(j);
                if (d == table.separator || d == u'"' || d == u'\r' || d == u'\n') {
                    break;
                }
                ++j;
            }
            cell.append(text.constData() + i, j - i);
            i = j - 1;
        }
    }
    if (quoted) {
        return fail(
            ErrorCode::InvalidInput,
            CsvTr::tr("Guillemet non refermé à partir de la ligne %1 : le fichier est tronqué ou mal formé.")
                .arg(recordLine),
            QStringLiteral("csv unterminated quote at line %1").arg(recordLine));
    }
    if (!cell.isEmpty() || !cells.isEmpty()) {
        endRecord();
    }
    for (QString& h : table.header) {
        h = h.trimmed();
    }
    if (table.header.size() < 2) {
        return fail(
            ErrorCode::InvalidInput,
            CsvTr::tr("La première ligne doit nommer les colonnes (séparées par ; , ou une tabulation)."),
            QStringLiteral("csv without header"));
    }
    return table;
}

} // namespace Officine::Import
