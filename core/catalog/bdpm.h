#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace Officine::Catalog {

/// One spécialité of CIS_bdpm.txt.
struct Product
{
    QString cis;
    QString name;
    QString form;
    QStringList routes;
    QString ammStatus;
    QString ammProcedure;
    QString marketingState; ///< "Commercialisée", "Non commercialisée"…
    QDate ammDate;
    QString bdmStatus; ///< "Alerte", "Warning disponibilité" or empty
    QString euNumber;
    QStringList holders;
    bool reinforcedMonitoring = false; ///< "surveillance renforcée" (the black triangle)
};

/// One presentation (box) of CIS_CIP_bdpm.txt. Prices in euro cents.
struct Presentation
{
    QString cis;
    QString cip7;
    QString cip13;
    QString label;
    QString adminStatus;
    QString marketingState;
    QDate declaredOn;
    QString collectivities; ///< "oui", "non", "inconnu"
    QList<int> reimbursementRates; ///< percent, several when the presentation has several
    std::optional<qint64> priceCents; ///< prix hors honoraire
    std::optional<qint64> priceWithFeesCents;
    std::optional<qint64> feeCents;
    QString reimbursementText; ///< HTML removed
};

/// One line of CIS_COMPO_bdpm.txt: a substance (SA) or a therapeutic fraction (FT).
struct Component
{
    QString cis;
    QString element; ///< "comprimé", "solution"…
    QString substanceCode;
    QString substance;
    QString strength; ///< "500 mg"
    QString strengthReference; ///< "un comprimé"
    QString nature; ///< "SA" or "FT"
    int link = 0;
};

/// A spécialité's place in a generic group (CIS_GENER_bdpm.txt).
struct GenericMember
{
    QString groupId;
    QString groupLabel;
    QString cis;
    int type = 0; ///< 0 princeps, 1 générique, 2 complémentarité posologique, 4 substituable
    int sort = 0;
};

/// A condition of prescription or delivery (CIS_CPD_bdpm.txt): "liste I", "stupéfiant"…
struct Condition
{
    QString cis;
    QString text;
};

/// A shortage or its risk (CIS_CIP_Dispo_Spec.txt, when present).
struct Availability
{
    QString cis;
    QString cip13; ///< empty: every presentation of the spécialité
    int status = 0; ///< 1 rupture, 2 tension, 3 arrêt de commercialisation, 4 remise à disposition
    QString label;
    QDate start;
    QDate updated;
    QDate backOn;
    QString link;
};

/// A line left out, and why (shown to the titulaire; no health data in BDPM files).
struct RejectedLine
{
    QString file;
    int line = 0;
    QString reason;
};

/// What an import read from one file.
struct FileReport
{
    QString file;
    QString encoding; ///< "UTF-8" or "Windows-1252"
    int lines = 0; ///< non-blank lines
    int accepted = 0;
    int rejected = 0;
    int repaired = 0; ///< accepted after a known quirk was undone (a tab inside a field)
    /// Codes CIS of this file that CIS_bdpm.txt does not have (files downloaded on different
    /// days): reported, not fatal; the lines are kept.
    QStringList unknownCis;
};

/// The BDPM files of one download, parsed and checked, ready to become a catalogue version.
struct BdpmData
{
    std::vector<Product> products;
    std::vector<Presentation> presentations;
    std::vector<Component> components;
    std::vector<GenericMember> generics;
    std::vector<Condition> conditions;
    std::vector<Availability> availability;
    std::vector<RejectedLine> rejected;
    std::vector<FileReport> files;
    QDate publishedOn; ///< the newest file's date, when the source tells it

    qsizetype rowCount() const
    {
        return qsizetype(products.size() + presentations.size() + components.size() + generics.size()
                         + conditions.size() + availability.size());
    }
};

/// The files of one BDPM download, by name. Required: CIS, CIS_CIP, CIS_COMPO, CIS_GENER and
/// CIS_CPD; the availability file (CIS_CIP_Dispo_Spec.txt) when present. Other files are ignored.
struct BdpmSource
{
    QHash<QString, QByteArray> files;
    QDate publishedOn;

    /// The .txt files of a folder, or of a zip archive (flat, or in one folder).
    static Result<BdpmSource> fromPath(const QString& path);
    static Result<BdpmSource> fromFolder(const QString& folder);
    static Result<BdpmSource> fromZip(const QString& zipFile);
};

class Bdpm
{
    Q_DECLARE_TR_FUNCTIONS(Bdpm)

public:
    static const QStringList& requiredFiles();
    static QString availabilityFile() { return QStringLiteral("CIS_CIP_Dispo_Spec.txt"); }

    /// Parses every file. Fails (with the files named) when a required file is missing or is
    /// not the file its name says (another format, or its columns changed); a bad line is left
    /// out and reported, never fatal. `cancelled` is polled between files.
    static Result<BdpmData> parse(const BdpmSource& source, const std::function<bool()>& cancelled = {});

    /// Helpers, public for the tests.
    static std::optional<qint64> parsePrice(QString text, bool* ok);
    static bool validCip13(const QString& code);
    static QString stripHtml(const QString& text);
};

} // namespace Officine::Catalog
