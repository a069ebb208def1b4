#include "bdpm.h"

#include "util/textdecoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <zip.h>

namespace Officine::Catalog {

namespace {

constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

/// The fields of one line, as views into the decoded text.
using Fields = QList<QStringView>;

struct Line
{
    int number = 0;
    Fields fields;
};

/// Non-blank lines, their fields split at tabs; line ends LF, CRLF or CR CR LF.
std::vector<Line> splitLines(QStringView text)
{
    std::vector<Line> lines;
    lines.reserve(size_t(text.count(u'\n')) + 1);
    int number = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        ++number;
        QStringView line = text.sliced(start, end - start);
        while (line.endsWith(u'\r')) {
            line.chop(1);
        }
        start = end + 1;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        lines.push_back({number, line.split(u'\t')});
    }
    return lines;
}

bool digits(QStringView s, qsizetype n)
{
    return s.size() == n && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString clean(QStringView s)
{
    return s.trimmed().toString();
}

/// dd/mm/yyyy, yyyymmdd or yyyy-mm-dd; empty is no date (valid), anything else is invalid.
std::optional<QDate> parseDate(QStringView s, bool* ok)
{
    s = s.trimmed();
    *ok = true;
    if (s.isEmpty()) {
        return std::nullopt;
    }
    QDate d;
    if (s.size() == 10 && s[2] == u'/' && s[5] == u'/') {
        d = QDate::fromString(s.toString(), QStringLiteral("dd/MM/yyyy"));
    } else if (s.size() == 10 && s[4] == u'-') {
        d = QDate::fromString(s.toString(), Qt::ISODate);
    } else if (digits(s, 8)) {
        d = QDate::fromString(s.toString(), QStringLiteral("yyyyMMdd"));
    }
    if (!d.isValid()) {
        *ok = false;
        return std::nullopt;
    }
    return d;
}

QStringList splitList(QStringView s)
{
    QStringList out;
    for (QStringView part : s.split(u';')) {
        if (const QString p = clean(part); !p.isEmpty()) {
            out << p;
        }
    }
    return out;
}

/// How one file is read: its columns, and the line rule that checks and keeps a line.
struct FileSpec
{
    QString name;
    int columns = 0;
    /// Returns the reason a line is refused, or an empty string once the line is kept.
    std::function<QString(const Fields&, BdpmData&)> take;
    /// A line with more fields than `columns`, made right when it is a known quirk (returns
    /// false when it is not).
    std::function<bool(Fields&)> repair = {};
};

/// Trailing empty fields (a tab at the end of most lines, and versions that add one) are not
/// columns.
void dropTrailingEmpty(Fields& f, int columns)
{
    while (f.size() > columns && f.last().trimmed().isEmpty()) {
        f.removeLast();
    }
}

QString cisReason(QStringView cis)
{
    return digits(cis.trimmed(), 8)
        ? QString()
        : Bdpm::tr("code CIS « %1 » invalide (8 chiffres attendus)").arg(cis.trimmed().left(20).toString());
}

} // namespace

const QStringList& Bdpm::requiredFiles()
{
    static const QStringList files {QStringLiteral("CIS_bdpm.txt"), QStringLiteral("CIS_CIP_bdpm.txt"),
                                    QStringLiteral("CIS_COMPO_bdpm.txt"),
                                    QStringLiteral("CIS_GENER_bdpm.txt"), QStringLiteral("CIS_CPD_bdpm.txt")};
    return files;
}

std::optional<qint64> Bdpm::parsePrice(QString text, bool* ok)
{
    *ok = true;
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    // A decimal comma, sometimes also a thousands comma ("1,234,56"): every comma but the last
    // is a thousands separator.
    const qsizetype last = text.lastIndexOf(u',');
    if (last >= 0) {
        QString whole = text.left(last);
        whole.remove(u',');
        text = whole + u'.' + text.mid(last + 1);
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{1,7}(\\.\\d{1,2})?$"));
    if (!shape.match(text).hasMatch()) {
        *ok = false;
        return std::nullopt;
    }
    const qsizetype dot = text.indexOf(u'.');
    const qint64 euros = text.left(dot < 0 ? text.size() : dot).toLongLong();
    QString cents = dot < 0 ? QString() : text.mid(dot + 1);
    while (cents.size() < 2) {
        cents += u'0';
    }
    return euros * 100 + cents.toLongLong();
}

bool Bdpm::validCip13(const QString& code)
{
    // A GTIN-13: the last digit checks the others (weights 1 and 3 from the left).
    if (!digits(code, 13)) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        sum += (code[i].unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10 == code[12].unicode() - u'0';
}

QString Bdpm::stripHtml(const QString& text)
{
    if (!text.contains(u'<') && !text.contains(u'&')) {
        return text.trimmed();
    }
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString s = text;
    s.replace(br, QStringLiteral("\n"));
    s.remove(tag);
    s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s.trimmed();
}

Result<BdpmData> Bdpm::parse(const BdpmSource& source, const std::function<bool()>& cancelled)
{
    QStringList missing;
    for (const QString& f : requiredFiles()) {
        if (!source.files.contains(f)) {
            missing << f;
        }
    }
    if (!missing.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("Fichiers BDPM manquants : %1. Le catalogue en service est conservé.")
                        .arg(missing.join(QStringLiteral(", "))),
                    QStringLiteral("bdpm files missing: %1").arg(missing.join(u',')));
    }

    const auto date = [](QStringView s, std::optional<QDate>& out) {
        bool ok = false;
        out = parseDate(s, &ok);
        return ok;
    };

    std::vector<FileSpec> specs;
    specs.push_back(
        {QStringLiteral("CIS_bdpm.txt"), 12, [&](const Fields& f, BdpmData& d) -> QString {
             if (QString r = cisReason(f[0]); !r.isEmpty()) {
                 return r;
             }
             Product p;
             p.cis = clean(f[0]);
             p.name = clean(f[1]);
             if (p.name.isEmpty()) {
                 return tr("dénomination vide");
             }
             std::optional<QDate> amm;
             if (!date(f[7], amm)) {
                 return tr("date d'AMM « %1 » invalide").arg(clean(f[7]).left(20));
             }
             p.form = clean(f[2]);
             p.routes = splitList(f[3]);
             p.ammStatus = clean(f[4]);
             p.ammProcedure = clean(f[5]);
             p.marketingState = clean(f[6]);
             p.ammDate = amm.value_or(QDate());
             p.bdmStatus = clean(f[8]);
             p.euNumber = clean(f[9]);
             p.holders = splitList(f[10]);
             const QString monitoring = clean(f[11]).toLower();
             if (monitoring != u"oui" && monitoring != u"non") {
                 return tr("surveillance renforcée « %1 » : Oui ou Non attendu").arg(clean(f[11]).left(20));
             }
             p.reinforcedMonitoring = monitoring == u"oui";
             d.products.push_back(std::move(p));
             return {};
         }});
    specs.push_back(
        {QStringLiteral("CIS_CIP_bdpm.txt"), 13, [&](const Fields& f, BdpmData& d) -> QString {
             if (QString r = cisReason(f[0]); !r.isEmpty()) {
                 return r;
             }
             Presentation p;
             p.cis = clean(f[0]);
             p.cip7 = clean(f[1]);
             p.cip13 = clean(f[6]);
             if (!digits(p.cip7, 7)) {
                 return tr("code CIP7 « %1 » invalide (7 chiffres attendus)").arg(p.cip7.left(20));
             }
             if (!validCip13(p.cip13)) {
                 return tr("code CIP13 « %1 » invalide (13 chiffres dont la clé)").arg(p.cip13.left(20));
             }
             std::optional<QDate> declared;
             if (!date(f[5], declared)) {
                 return tr("date de déclaration « %1 » invalide").arg(clean(f[5]).left(20));
             }
             p.label = stripHtml(clean(f[2]));
             p.adminStatus = clean(f[3]);
             p.marketingState = clean(f[4]);
             p.declaredOn = declared.value_or(QDate());
             p.collectivities = clean(f[7]).toLower();
             for (QStringView rate : f[8].split(u';')) {
                 QString r = rate.toString();
                 r.remove(u'%').remove(u' ');
                 if (r.isEmpty()) {
                     continue;
                 }
                 bool ok = false;
                 const int v = r.toInt(&ok);
                 if (!ok || v < 0 || v > 100) {
                     return tr("taux de remboursement « %1 » invalide").arg(clean(f[8]).left(20));
                 }
                 p.reimbursementRates << v;
             }
             const std::pair<int, std::optional<qint64>*> prices[]
                 = {{9, &p.priceCents}, {10, &p.priceWithFeesCents}, {11, &p.feeCents}};
             for (const auto& [column, out] : prices) {
                 bool ok = false;
                 *out = parsePrice(clean(f[column]), &ok);
                 if (!ok) {
                     return tr("prix « %1 » invalide").arg(clean(f[column]).left(20));
                 }
             }
             p.reimbursementText = stripHtml(clean(f[12]));
             d.presentations.push_back(std::move(p));
             return {};
         }});
    // COMPO: 8 columns (9 with the trailing empty one of older files). A tab typed inside the
    // substance's name (three lines of the 2022 file) shows as extra fields: the first four
    // fields and the last four are known, what lies between belongs to the name.
    specs.push_back({QStringLiteral("CIS_COMPO_bdpm.txt"), 8,
                     [&](const Fields& f, BdpmData& d) -> QString {
                         if (QString r = cisReason(f[0]); !r.isEmpty()) {
                             return r;
                         }
                         Component c;
                         c.cis = clean(f[0]);
                         c.element = clean(f[1]);
                         c.substanceCode = clean(f[2]);
                         c.substance = clean(f[3]);
                         c.strength = clean(f[4]);
                         c.strengthReference = clean(f[5]);
                         c.nature = clean(f[6]).toUpper();
                         if (c.substance.isEmpty()) {
                             return tr("dénomination de la substance vide");
                         }
                         if (c.nature != u"SA" && c.nature != u"FT" && c.nature != u"ST") {
                             return tr("nature « %1 » : SA ou FT attendu").arg(c.nature.left(20));
                         }
                         bool ok = false;
                         c.link = clean(f[7]).toInt(&ok);
                         if (!ok) {
                             return tr("numéro de liaison « %1 » invalide").arg(clean(f[7]).left(20));
                         }
                         d.components.push_back(std::move(c));
                         return {};
                     },
                     [](Fields& f) {
                         if (f.size() <= 8) {
                             return false;
                         }
                         const qsizetype extra = f.size() - 8;
                         QStringList name {f[3].trimmed().toString()};
                         for (qsizetype i = 4; i < 4 + extra; ++i) {
                             if (!f[i].trimmed().isEmpty()) {
                                 name << f[i].trimmed().toString();
                             }
                         }
                         if (name.size() > 1) {
                             return false; // text where none was seen: not a known quirk
                         }
                         f.remove(4, extra);
                         return true;
                     }});
    specs.push_back(
        {QStringLiteral("CIS_GENER_bdpm.txt"), 5, [&](const Fields& f, BdpmData& d) -> QString {
             GenericMember g;
             g.groupId = clean(f[0]);
             g.groupLabel = stripHtml(clean(f[1]));
             g.cis = clean(f[2]);
             if (QString r = cisReason(f[2]); !r.isEmpty()) {
                 return r;
             }
             bool okId = false, okType = false, okSort = false;
             (void)g.groupId.toInt(&okId);
             g.type = clean(f[3]).toInt(&okType);
             g.sort = clean(f[4]).toInt(&okSort);
             if (!okId) {
                 return tr("identifiant de groupe générique « %1 » invalide").arg(g.groupId.left(20));
             }
             if (!okType || g.type < 0 || g.type > 4) {
                 return tr("type de générique « %1 » invalide (0 à 4)").arg(clean(f[3]).left(20));
             }
             if (!okSort) {
                 return tr("numéro de tri « %1 » invalide").arg(clean(f[4]).left(20));
             }
             d.generics.push_back(std::move(g));
             return {};
         }});
    specs.push_back({QStringLiteral("CIS_CPD_bdpm.txt"), 2, [&](const Fields& f, BdpmData& d) -> QString {
                         if (QString r = cisReason(f[0]); !r.isEmpty()) {
                             return r;
                         }
                         Condition c {clean(f[0]), stripHtml(clean(f[1]))};
                         if (c.text.isEmpty()) {
                             return tr("condition vide");
                         }
                         d.conditions.push_back(std::move(c));
                         return {};
                     }});
    specs.push_back(
        {availabilityFile(), 8, [&](const Fields& f, BdpmData& d) -> QString {
             if (QString r = cisReason(f[0]); !r.isEmpty()) {
                 return r;
             }
             Availability a;
             a.cis = clean(f[0]);
             a.cip13 = clean(f[1]);
             if (!a.cip13.isEmpty() && !validCip13(a.cip13)) {
                 return tr("code CIP13 « %1 » invalide (13 chiffres dont la clé)").arg(a.cip13.left(20));
             }
             bool ok = false;
             a.status = clean(f[2]).toInt(&ok);
             if (!ok || a.status < 1 || a.status > 4) {
                 return tr("code de statut « %1 » invalide (1 à 4)").arg(clean(f[2]).left(20));
             }
             a.label = stripHtml(clean(f[3]));
             std::optional<QDate> start, updated, back;
             if (!date(f[4], start) || !date(f[5], updated) || !date(f[6], back)) {
                 return tr("date invalide");
             }
             a.start = start.value_or(QDate());
             a.updated = updated.value_or(QDate());
             a.backOn = back.value_or(QDate());
             a.link = clean(f[7]);
             d.availability.push_back(std::move(a));
             return {};
         }});

    BdpmData data;
    data.publishedOn = source.publishedOn;
    for (const FileSpec& spec : specs) {
        if (cancelled && cancelled()) {
            return fail(ErrorCode::Cancelled, tr("Import annulé. Le catalogue en service est conservé."),
                        QStringLiteral("bdpm import cancelled"));
        }
        const auto bytes = source.files.constFind(spec.name);
        if (bytes == source.files.cend()) {
            continue; // the optional availability file
        }
        // NUL bytes: UTF-16 (or anything but text), which no BDPM file is.
        if (bytes->contains('\0')) {
            return fail(ErrorCode::InvalidInput,
                        tr("Le fichier %1 n'est pas un fichier texte BDPM (encodage non reconnu : UTF-16 ou "
                           "fichier binaire). Le catalogue en service est conservé.")
                            .arg(spec.name),
                        QStringLiteral("bdpm file %1: not text").arg(spec.name));
        }
        const DecodedText decoded = decodeText(*bytes);
        std::vector<Line> lines = splitLines(decoded.text);
        FileReport report;
        report.file = spec.name;
        report.encoding = decoded.encodingName();
        report.lines = int(lines.size());
        // A file of another format: its first lines all have the wrong number of columns.
        {
            int checked = 0, wrong = 0;
            qsizetype seen = 0;
            for (const Line& l : lines) {
                if (checked == 20) {
                    break;
                }
                Fields f = l.fields;
                dropTrailingEmpty(f, spec.columns);
                ++checked;
                if (f.size() != spec.columns && !(spec.repair && spec.repair(f))) {
                    ++wrong;
                    seen = l.fields.size();
                }
            }
            if (checked == 0 || wrong == checked) {
                return fail(
                    ErrorCode::InvalidInput,
                    checked == 0
                        ? tr("Le fichier %1 est vide. Le catalogue en service est conservé.").arg(spec.name)
                        : tr("Le fichier %1 n'a pas le format BDPM attendu : %2 colonnes "
                             "attendues, %3 trouvées. Le catalogue en service est conservé.")
                              .arg(spec.name)
                              .arg(spec.columns)
                              .arg(seen),
                    QStringLiteral("bdpm file %1: wrong format").arg(spec.name));
            }
        }
        for (Line& l : lines) {
            Fields& f = l.fields;
            dropTrailingEmpty(f, spec.columns);
            bool repaired = false;
            if (f.size() > spec.columns && spec.repair) {
                repaired = spec.repair(f);
            }
            QString reason;
            if (f.size() != spec.columns) {
                reason = tr("%1 colonnes au lieu de %2").arg(f.size()).arg(spec.columns);
            } else {
                reason = spec.take(f, data);
            }
            if (reason.isEmpty()) {
                ++report.accepted;
                report.repaired += repaired ? 1 : 0;
            } else {
                ++report.rejected;
                data.rejected.push_back({spec.name, l.number, reason});
            }
        }
        data.files.push_back(std::move(report));
    }

    // Codes CIS of the other files that CIS_bdpm.txt lacks.
    QSet<QString> known;
    known.reserve(qsizetype(data.products.size()));
    for (const Product& p : data.products) {
        known.insert(p.cis);
    }
    const auto unknown = [&known](const QString& file, auto&& cisOf, const auto& rows, BdpmData& d) {
        QSet<QString> seen;
        for (const auto& r : rows) {
            const QString& cis = cisOf(r);
            if (!known.contains(cis) && !seen.contains(cis)) {
                seen.insert(cis);
            }
        }
        for (FileReport& f : d.files) {
            if (f.file == file) {
                f.unknownCis = QStringList(seen.cbegin(), seen.cend());
                f.unknownCis.sort();
            }
        }
    };
    unknown(
        QStringLiteral("CIS_CIP_bdpm.txt"), [](const Presentation& p) -> const QString& { return p.cis; },
        data.presentations, data);
    unknown(
        QStringLiteral("CIS_COMPO_bdpm.txt"), [](const Component& c) -> const QString& { return c.cis; },
        data.components, data);
    unknown(
        QStringLiteral("CIS_GENER_bdpm.txt"), [](const GenericMember& g) -> const QString& { return g.cis; },
        data.generics, data);
    unknown(
        QStringLiteral("CIS_CPD_bdpm.txt"), [](const Condition& c) -> const QString& { return c.cis; },
        data.conditions, data);
    unknown(
        availabilityFile(), [](const Availability& a) -> const QString& { return a.cis; }, data.availability,
        data);
    return data;
}

namespace {
bool wanted(const QString& name)
{
    return Bdpm::requiredFiles().contains(name) || name == Bdpm::availabilityFile();
}

Result<QByteArray> readBounded(QFile& f)
{
    if (f.size() > kMaxFileBytes) {
        return fail(ErrorCode::InvalidInput,
                    Bdpm::tr("Le fichier %1 dépasse 256 Mo : ce n'est pas un fichier BDPM.")
                        .arg(QFileInfo(f).fileName()),
                    QStringLiteral("bdpm file too large"));
    }
    return f.readAll();
}
} // namespace

Result<BdpmSource> BdpmSource::fromPath(const QString& path)
{
    return QFileInfo(path).isDir() ? fromFolder(path) : fromZip(path);
}

Result<BdpmSource> BdpmSource::fromFolder(const QString& folder)
{
    BdpmSource s;
    const QDir dir(folder);
    if (!dir.exists()) {
        return fail(ErrorCode::NotFound, Bdpm::tr("Le dossier %1 n'existe pas.").arg(folder),
                    QStringLiteral("bdpm folder missing"));
    }
    const QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.txt")}, QDir::Files);
    for (const QFileInfo& fi : entries) {
        if (!wanted(fi.fileName())) {
            continue;
        }
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::StoreIo, Bdpm::tr("Le fichier %1 est illisible.").arg(fi.fileName()),
                        QStringLiteral("bdpm file unreadable"));
        }
        auto bytes = readBounded(f);
        if (!bytes) {
            return fail(bytes.error());
        }
        s.files.insert(fi.fileName(), *bytes);
        const QDate modified = fi.lastModified().toUTC().date();
        if (!s.publishedOn.isValid() || modified > s.publishedOn) {
            s.publishedOn = modified;
        }
    }
    return s;
}

Result<BdpmSource> BdpmSource::fromZip(const QString& zipFile)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(zipFile).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        return fail(ErrorCode::InvalidInput,
                    Bdpm::tr("%1 n'est pas une archive zip lisible.").arg(QFileInfo(zipFile).fileName()),
                    QStringLiteral("zip_open failed: %1").arg(error));
    }
    const auto closeArchive = qScopeGuard([archive]() { zip_discard(archive); });
    BdpmSource s;
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) {
            continue;
        }
        const QString name = QFileInfo(QString::fromUtf8(st.name)).fileName();
        if (!wanted(name)) {
            continue;
        }
        if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(kMaxFileBytes)) {
            return fail(ErrorCode::InvalidInput,
                        Bdpm::tr("Le fichier %1 de l'archive dépasse 256 Mo.").arg(name),
                        QStringLiteral("zip entry too large"));
        }
        zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            return fail(ErrorCode::InvalidInput,
                        Bdpm::tr("Le fichier %1 de l'archive est illisible.").arg(name),
                        QStringLiteral("zip entry unreadable"));
        }
        QByteArray bytes;
        char buffer[65536];
        zip_int64_t n = 0;
        while ((n = zip_fread(file, buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, qsizetype(n));
            if (bytes.size() > kMaxFileBytes) {
                break;
            }
        }
        zip_fclose(file);
        if (n < 0 || bytes.size() > kMaxFileBytes) {
            return fail(ErrorCode::InvalidInput,
                        Bdpm::tr("Le fichier %1 de l'archive est endommagé ou trop volumineux.").arg(name),
                        QStringLiteral("zip entry damaged"));
        }
        s.files.insert(name, bytes);
        if (st.valid & ZIP_STAT_MTIME) {
            const QDate modified = QDateTime::fromSecsSinceEpoch(st.mtime, Qt::UTC).date();
            if (!s.publishedOn.isValid() || modified > s.publishedOn) {
                s.publishedOn = modified;
            }
        }
    }
    return s;
}

} // namespace Officine::Catalog
