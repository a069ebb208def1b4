#include "accessreport.h"

#include "identity/identityvigilance.h"
#include "insi/insi.h"
#include "model/patientfields.h"
#include "services/auditlog.h"

#include <QLocale>
#include <QRegularExpression>

namespace Officine::Export {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString day(const QDateTime& t)
{
    return t.isValid()
        ? QLocale(QLocale::French).toString(t.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"))
        : QString();
}

QString moment(const QDateTime& t)
{
    return QLocale(QLocale::French).toString(t.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width='32%'><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : esc(value));
}

QString table(const QStringList& headers, const std::vector<QStringList>& rows)
{
    QString out = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString& h : headers) {
        out += QStringLiteral("<th align='left'>%1</th>").arg(esc(h));
    }
    out += QStringLiteral("</tr>");
    for (const QStringList& r : rows) {
        out += QStringLiteral("<tr>");
        for (const QString& c : r) {
            out += QStringLiteral("<td>%1</td>").arg(esc(c));
        }
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}
} // namespace

QString AccessReport::html(const Input& in)
{
    const Model::Patient& p = in.patient;
    using Identity::Vigilance;
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Copie des données détenues sur %1").arg(p.displayName())));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("Établie le %1 par %2 (%3), à la demande du patient (droit d'accès, article 15 du RGPD). "
                    "Document confidentiel : il contient des données de santé.")
                     .arg(moment(in.now), in.preparedBy, in.pharmacy)));

    h += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' width='100%'>")
             .arg(esc(tr("Identité")));
    h += row(tr("Nom de naissance"), p.birthFamilyName.toUpper());
    h += row(tr("Prénoms de naissance"), p.givenNames);
    h += row(tr("Premier prénom"), p.effectiveFirstGivenName());
    h += row(tr("Nom d'usage"), p.usedFamilyName);
    h += row(tr("Prénom utilisé"), p.usedGivenName);
    h += row(tr("Sexe"), Model::sexLabel(p.sex));
    h += row(tr("Date de naissance"), p.birthDate.toDisplay());
    h += row(tr("Lieu de naissance (code INSEE)"), p.birthPlaceCode);
    h += row(tr("Matricule INS"), p.nir);
    h += row(tr("Statut de l'identité"), Vigilance::statusLabel(p.identityStatus));
    if (p.document.isRecorded()) {
        h += row(tr("Pièce d'identité contrôlée"),
                 tr("%1, par %2 le %3")
                     .arg(Vigilance::documentLabel(p.document.documentType), p.document.checkedByName,
                          day(p.document.checkedAt)));
    }
    if (p.insi.isRecorded()) {
        h += row(tr("Téléservice INSi"),
                 tr("%1, par %2 le %3")
                     .arg(Insi::operationLabel(Insi::operationFromId(p.insi.operation)), p.insi.byName,
                          day(p.insi.at)));
    }
    QStringList flags;
    for (const QString& f : p.reliabilityFlags) {
        flags << Vigilance::reliabilityLabel(f);
    }
    h += row(tr("Attributs d'identité"), flags.join(QStringLiteral(", ")));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' width='100%'>")
             .arg(esc(tr("Coordonnées")));
    h += row(tr("Adresse"),
             QStringList {p.addressLine, p.addressLine2, QString(p.postalCode + u' ' + p.city).trimmed()}
                 .filter(QRegularExpression(QStringLiteral("\\S")))
                 .join(QStringLiteral(", ")));
    h += row(tr("Téléphone"), p.phone);
    h += row(tr("Mobile"), p.mobilePhone);
    h += row(tr("Courriel"), p.email);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' width='100%'>")
             .arg(esc(tr("Données cliniques")));
    QStringList allergies;
    for (const Model::Allergy& a : p.allergies) {
        allergies << (a.intolerance ? tr("Intolérance : %1") : tr("Allergie : %1")).arg(a.text)
                + (a.reaction.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.reaction));
    }
    h += row(tr("Allergies et intolérances"), allergies.join(QStringLiteral(" ; ")));
    h += row(tr("Notes"), p.notes);
    h += row(tr("Médecin traitant"),
             QString(p.physicianName + u' '
                     + (p.physicianRpps.isEmpty() ? QString() : tr("(RPPS %1)").arg(p.physicianRpps)))
                 .trimmed());
    h += row(tr("Établissement"),
             QStringList {p.facilityName,
                          p.facilityFiness.isEmpty() ? QString() : tr("FINESS %1").arg(p.facilityFiness),
                          p.facilityRoom.isEmpty() ? QString() : tr("chambre %1").arg(p.facilityRoom)}
                 .filter(QRegularExpression(QStringLiteral("\\S")))
                 .join(QStringLiteral(", ")));
    h += row(tr("Photo"), p.hasPhoto ? tr("une photo est conservée dans le dossier") : QString());
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' width='100%'>")
             .arg(esc(tr("Droits exercés")));
    h += row(tr("Limitation"),
             p.rights.restricted() ? tr("en cours depuis le %1").arg(day(p.rights.restrictedAt))
                                   : tr("aucune"));
    h += row(tr("Opposition au partage"),
             p.rights.objectionAt.isValid() ? tr("depuis le %1").arg(day(p.rights.objectionAt))
                                            : tr("aucune"));
    h += row(tr("Consentement au partage"),
             p.rights.consentWithdrawnAt.isValid() ? tr("retiré le %1").arg(day(p.rights.consentWithdrawnAt))
                                                   : tr("donné"));
    h += row(tr("Directives post-mortem"), p.rights.postMortemDirectives);
    h += QStringLiteral("</table><p></p>");
    std::vector<QStringList> rights;
    for (const Storage::RightsEvent& e : in.rights) {
        rights.push_back({moment(e.at), Model::rightKindLabel(e.kind),
                          e.outcome == QLatin1StringView("refused") ? tr("refusée") : tr("faite"),
                          e.actorName, e.detail});
    }
    h += table({tr("Date"), tr("Demande"), tr("Suite"), tr("Par"), tr("Détail")}, rights);

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Historique des modifications")));
    std::vector<QStringList> changes;
    for (const Storage::HistoryEntry& e : in.history) {
        QStringList fields;
        for (const Storage::FieldChange& c : e.changes) {
            fields << Model::patientFieldLabelInText(c.field);
        }
        changes.push_back({moment(e.at), Model::historyKindLabel(e.kind), e.actorName, e.reason,
                           fields.join(QStringLiteral(", "))});
    }
    h += table({tr("Date"), tr("Modification"), tr("Par"), tr("Motif"), tr("Champs")}, changes);

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Historique des accès au dossier")));
    std::vector<QStringList> accesses;
    for (const Services::AuditRow& r : in.accesses) {
        accesses.push_back({r.when, r.who, r.what, r.outcome});
    }
    h += table({tr("Date"), tr("Membre de l'équipe"), tr("Action"), tr("Résultat")}, accesses);
    return h;
}

} // namespace Officine::Export
