#include "auditlog.h"

#include "logging/logging.h"
#include "model/patientfields.h"
#include "storage/patientrepository.h"
#include "storage/staffrepository.h"

#include <QHash>
#include <QLocale>

namespace Officine::Services {

Result<void> AuditLog::checkRead()
{
    if (!m_executor.allowed(Commands::Permission::AuditRead)) {
        return fail(ErrorCode::PermissionDenied, tr("Votre rôle ne permet pas de consulter la traçabilité."),
                    QStringLiteral("audit read denied"));
    }
    return {};
}

QString AuditLog::fieldLabel(const QString& field)
{
    if (Model::isPatientField(field)) {
        return Model::patientFieldLabelInText(field);
    }
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("family_name"), QT_TR_NOOP("nom")},
        {QStringLiteral("given_name"), QT_TR_NOOP("prénom")},
        {QStringLiteral("role"), QT_TR_NOOP("rôle")},
        {QStringLiteral("rpps"), QT_TR_NOOP("RPPS")},
        {QStringLiteral("id_nat_ps"), QT_TR_NOOP("carte associée")},
        {QStringLiteral("card_serial"), QT_TR_NOOP("numéro de carte")},
        {QStringLiteral("active"), QT_TR_NOOP("activation")},
        {QStringLiteral("fallback_allowed"), QT_TR_NOOP("connexion sans carte autorisée")},
        {QStringLiteral("password_hash"), QT_TR_NOOP("mot de passe")},
        {QStringLiteral("totp_secret"), QT_TR_NOOP("code à usage unique")},
        {QStringLiteral("active_months"), QT_TR_NOOP("durée en base active")},
        {QStringLiteral("archive_months"), QT_TR_NOOP("durée en archive")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

Result<std::vector<AuditRow>> AuditLog::query(const Audit::Filter& filter)
{
    if (auto c = checkRead(); !c) {
        return fail(c.error());
    }
    Storage::PatientRepository patients(m_executor.store());
    auto entries = Audit::Trail(m_executor.store()).find(filter);
    if (!entries) {
        return fail(entries.error());
    }
    if (!filter.patientUuid.isEmpty()) {
        // A file's history includes that of the files merged into it.
        auto absorbed = patients.absorbedInto(filter.patientUuid);
        if (!absorbed) {
            return fail(absorbed.error());
        }
        for (const QString& old : std::as_const(*absorbed)) {
            Audit::Filter f = filter;
            f.patientUuid = old;
            auto more = Audit::Trail(m_executor.store()).find(f);
            if (!more) {
                return fail(more.error());
            }
            entries->insert(entries->end(), std::make_move_iterator(more->begin()),
                            std::make_move_iterator(more->end()));
        }
        if (!absorbed->isEmpty()) {
            std::stable_sort(entries->begin(), entries->end(),
                             [](const Audit::Entry& a, const Audit::Entry& b) { return a.at > b.at; });
            if (qsizetype(entries->size()) > filter.limit) {
                entries->resize(size_t(filter.limit));
            }
        }
    }
    Storage::StaffRepository staff(m_executor.store());
    QHash<QString, QString> patientNames;
    QHash<QString, QString> staffNames;
    auto staffName = [&](const QString& uuid) -> QString {
        if (uuid.isEmpty()) {
            return QString();
        }
        if (uuid == Audit::systemAccount) {
            return tr("Officine (automatique)");
        }
        if (!staffNames.contains(uuid)) {
            auto a = staff.get(uuid);
            staffNames.insert(uuid, a ? a->displayName() : QString());
        }
        return staffNames.value(uuid);
    };
    auto patientName = [&](const QString& uuid) -> QString {
        if (!patientNames.contains(uuid)) {
            auto p = patients.get(uuid);
            patientNames.insert(uuid,
                                !p                             ? tr("dossier supprimé")
                                    : !p->mergedInto.isEmpty() ? tr("dossier fusionné")
                                    : p->erasedAt.isValid()    ? tr("dossier effacé")
                                    : p->archivedAt.isValid()  ? tr("dossier archivé")
                                                               : p->displayName());
        }
        return patientNames.value(uuid);
    };

    const QLocale fr(QLocale::French, QLocale::France);
    std::vector<AuditRow> rows;
    rows.reserve(entries->size());
    for (Audit::Entry& e : *entries) {
        AuditRow r;
        r.when = fr.toString(e.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        const QString name = staffName(e.accountUuid);
        if (e.accountUuid.isEmpty()) {
            r.who = tr("personne (non connecté)");
        } else if (name.isEmpty()) {
            r.who = e.nationalId.isEmpty() ? e.accountUuid : e.nationalId;
        } else {
            r.who = e.nationalId.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, e.nationalId);
        }
        r.what = Audit::actionLabel(e.action);
        if (e.targetType == QLatin1StringView("patient")) {
            r.target = tr("Dossier patient %1").arg(patientName(e.targetUuid));
        } else if (e.targetType == QLatin1StringView("staff_account")) {
            const QString s = staffName(e.targetUuid);
            r.target = tr("Compte de l'équipe %1").arg(s.isEmpty() ? e.targetUuid.left(8) : s);
        } else if (e.targetType == QLatin1StringView("audit")) {
            r.target = tr("Journal de traçabilité");
        } else if (e.targetType == QLatin1StringView("retention_policy")) {
            r.target = tr("Durées de conservation");
        } else if (e.targetType == QLatin1StringView("settings")) {
            r.target = tr("Paramètres");
        } else if (e.targetType == QLatin1StringView("session")) {
            r.target = tr("Session");
        } else if (e.targetType == QLatin1StringView("database_key")) {
            r.target = tr("Clé de chiffrement de la base");
        } else if (e.targetType == QLatin1StringView("store")) {
            r.target = tr("Base de l'officine");
        } else {
            r.target = e.targetType;
        }
        r.outcome = Audit::outcomeLabel(e.outcome);
        if (!e.reason.isEmpty()) {
            r.outcome += QStringLiteral(" (%1)").arg(e.reason);
        }
        QStringList details;
        if (!e.fields.isEmpty()) {
            QStringList labels;
            for (const QString& f : e.fields) {
                labels << fieldLabel(f);
            }
            details << tr("champs : %1").arg(labels.join(QStringLiteral(", ")));
        }
        if (!e.justification.isEmpty()) {
            details << tr("justification : « %1 »").arg(e.justification);
        }
        r.details = details.join(QStringLiteral(" ; "));
        r.entry = std::move(e);
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<std::pair<QString, QString>>> AuditLog::actors()
{
    if (auto c = checkRead(); !c) {
        return fail(c.error());
    }
    // Every account that ever acted here is in the team's list: accounts are deactivated, and
    // anonymised after their retention period, never deleted. Listing them does not read the
    // trail (a DISTINCT over ten years of entries would scan it all).
    auto accounts = Storage::StaffRepository(m_executor.store()).list(true);
    if (!accounts) {
        return fail(accounts.error());
    }
    std::vector<std::pair<QString, QString>> out;
    out.reserve(accounts->size() + 1);
    for (const Model::StaffAccount& a : *accounts) {
        out.emplace_back(a.meta.uuid, a.displayName());
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    out.emplace_back(Audit::systemAccount, tr("Officine (automatique)"));
    return out;
}

namespace {
/// One CSV cell. A cell a spreadsheet would read as a formula (=, +, -, @, tab or CR first: the
/// trail's free-text justifications reach these files) is neutralised with a leading
/// apostrophe, as OWASP advises against CSV injection; cells with a separator, a quote or a line
/// break are quoted.
QString csvField(const QString& value)
{
    QString v = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && formulaStarts.contains(v.front())) {
        v.prepend(u'\'');
    }
    if (v.contains(u';') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u'\t')) {
        v.replace(u'"', QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}
} // namespace

QStringList AuditLog::columnHeaders()
{
    return {tr("Date et heure"), tr("Membre de l'équipe"), tr("Action"),
            tr("Objet"),         tr("Résultat"),           tr("Détails")};
}

Result<void> AuditLog::writeCsv(const std::vector<AuditRow>& rows, QIODevice& out)
{
    QByteArray data("\xEF\xBB\xBF");
    const QStringList header
        = columnHeaders() + QStringList {tr("Poste"), tr("N°"), tr("Identifiant de l'entrée")};
    auto line = [&data](const QStringList& cells) {
        QStringList escaped;
        for (const QString& c : cells) {
            escaped << csvField(c);
        }
        data += escaped.join(u';').toUtf8() + "\r\n";
    };
    line(header);
    for (const AuditRow& r : rows) {
        line(r.cells() + QStringList {r.entry.workstationId, QString::number(r.entry.seq), r.entry.uuid});
    }
    if (out.write(data) != data.size()) {
        return fail(ErrorCode::StoreIo, tr("Écriture du fichier impossible : %1").arg(out.errorString()),
                    QStringLiteral("csv write failed"));
    }
    return {};
}

Result<void> AuditLog::recordExport(const Audit::Filter& filter, const QString& format, qsizetype rows)
{
    Audit::Entry e;
    e.action = Audit::Action::Export;
    e.targetType = QStringLiteral("audit");
    e.patientUuid = filter.patientUuid;
    QStringList d {QStringLiteral("format=") + format, QStringLiteral("rows=%1").arg(rows)};
    if (!filter.accountUuid.isEmpty()) {
        d << QStringLiteral("account=") + filter.accountUuid;
    }
    if (filter.action) {
        d << QStringLiteral("action=") + Audit::actionId(*filter.action);
    }
    if (filter.from.isValid()) {
        d << QStringLiteral("from=") + Audit::Entry::timeText(filter.from);
    }
    if (filter.to.isValid()) {
        d << QStringLiteral("to=") + Audit::Entry::timeText(filter.to);
    }
    e.detail = d.join(u';');
    return m_executor.record(e);
}

} // namespace Officine::Services
