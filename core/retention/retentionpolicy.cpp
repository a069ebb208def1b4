#include "retentionpolicy.h"

#include "logging/logging.h"
#include "storage/settingsrepository.h"
#include "storage/store.h"

#include <QJsonObject>

namespace Officine::Retention {

QString categoryId(Category c)
{
    switch (c) {
    case Category::SharedCare:
        return QStringLiteral("shared_care");
    case Category::PatientFile:
        return QStringLiteral("patient_file");
    case Category::Dispensing:
        return QStringLiteral("dispensing");
    case Category::PreparationTrace:
        return QStringLiteral("preparation_trace");
    case Category::AuditTrail:
        return QStringLiteral("audit");
    case Category::StaffAccount:
        return QStringLiteral("staff_account");
    }
    return {};
}

QString categoryLabel(Category c)
{
    switch (c) {
    case Category::SharedCare:
        return QCoreApplication::translate("Retention",
                                           "Données de soins partagées (plans de pilulier, observance)");
    case Category::PatientFile:
        return QCoreApplication::translate("Retention", "Dossier patient (identité, contact)");
    case Category::Dispensing:
        return QCoreApplication::translate("Retention", "Dispensations (ordonnancier)");
    case Category::PreparationTrace:
        return QCoreApplication::translate("Retention", "Traçabilité des boîtes des piluliers");
    case Category::AuditTrail:
        return QCoreApplication::translate("Retention", "Journal de traçabilité");
    case Category::StaffAccount:
        return QCoreApplication::translate("Retention",
                                           "Comptes de l'équipe et des personnes autorisées (désactivés)");
    }
    return {};
}

QString endActionId(EndAction e)
{
    return e == EndAction::Purge ? QStringLiteral("purge") : QStringLiteral("anonymise");
}

QString endActionLabel(EndAction e)
{
    return e == EndAction::Purge ? QCoreApplication::translate("Retention", "suppression définitive")
                                 : QCoreApplication::translate("Retention", "anonymisation");
}

Rule defaultRule(Category c)
{
    switch (c) {
    case Category::SharedCare:
    case Category::PatientFile:
        return {c, 4, 32, EndAction::Purge};
    case Category::Dispensing:
    case Category::PreparationTrace:
    case Category::AuditTrail:
        return {c, 12, 108, EndAction::Purge};
    case Category::StaffAccount:
        return {c, 0, 36, EndAction::Anonymise};
    }
    return {c, 4, 32, EndAction::Purge};
}

Bounds bounds(Category c)
{
    switch (c) {
    case Category::SharedCare:
    case Category::PatientFile:
        return {36, 4,
                QCoreApplication::translate("Retention",
                                            "règle du Dossier Pharmaceutique (décret n° 2015-208) : 4 mois "
                                            "accessibles puis 32 mois en archive")};
    case Category::Dispensing:
        return {120, 0,
                QCoreApplication::translate("Retention",
                                            "ordonnancier : 10 ans (Code de la santé publique, R.5132-10)")};
    case Category::PreparationTrace:
        return {120, 0,
                QCoreApplication::translate(
                    "Retention", "traçabilité des lots : 10 ans, par analogie avec l'ordonnancier")};
    case Category::AuditTrail:
        return {120, 0, QCoreApplication::translate("Retention", "traçabilité des opérations : 10 ans")};
    case Category::StaffAccount:
        return {36, 0,
                QCoreApplication::translate("Retention",
                                            "données de compte : 3 ans après le dernier contact, le journal "
                                            "devant pouvoir nommer ses auteurs")};
    }
    return {};
}

Result<void> validate(const Rule& rule)
{
    const Bounds b = bounds(rule.category);
    if (rule.end != defaultRule(rule.category).end) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Retention",
                                                "Le sort des données en fin de conservation (%1) n'est "
                                                "pas modifiable pour cette catégorie.")
                        .arg(endActionLabel(defaultRule(rule.category).end)),
                    QStringLiteral("retention: end action fixed"));
    }
    if (rule.activeMonths < 0 || rule.archiveMonths < 0 || rule.activeMonths > 600
        || rule.archiveMonths > 600) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Retention",
                                                "Les durées doivent être comprises entre 0 et 600 mois."),
                    QStringLiteral("retention: out of range"));
    }
    if (rule.totalMonths() < b.minimumTotalMonths || rule.activeMonths < b.minimumActiveMonths) {
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Retention",
                                        "« %1 » ne peut pas être conservé moins de %2 mois au total (dont "
                                        "%3 mois en base active) : %4.")
                .arg(categoryLabel(rule.category))
                .arg(b.minimumTotalMonths)
                .arg(b.minimumActiveMonths)
                .arg(b.source),
            QStringLiteral("retention: below legal minimum for %1").arg(categoryId(rule.category)));
    }
    return {};
}

Result<std::vector<Rule>> loadPolicy(Storage::Store& store)
{
    std::vector<Rule> rules;
    for (Category c : allCategories) {
        auto r = loadRule(store, c);
        if (!r) {
            return fail(r.error());
        }
        rules.push_back(*r);
    }
    return rules;
}

QString settingKey(Category c)
{
    return QStringLiteral("retention.") + categoryId(c);
}

namespace {
QJsonObject ruleFields(const Rule& r)
{
    return {{QStringLiteral("activeMonths"), r.activeMonths},
            {QStringLiteral("archiveMonths"), r.archiveMonths},
            {QStringLiteral("endAction"), endActionId(r.end)}};
}
} // namespace

Result<Rule> loadRule(Storage::Store& store, Category c)
{
    auto stored = Storage::SettingsRepository(store).find(settingKey(c));
    if (!stored) {
        return fail(stored.error());
    }
    if (!stored->has_value()) {
        return defaultRule(c);
    }
    const QJsonObject& f = (*stored)->fields;
    Rule r {c, f.value(QLatin1String("activeMonths")).toInt(-1),
            f.value(QLatin1String("archiveMonths")).toInt(-1),
            f.value(QLatin1String("endAction")).toString() == QLatin1StringView("anonymise")
                ? EndAction::Anonymise
                : EndAction::Purge};
    // What another workstation (or the server) sent is checked like what is typed here: a rule
    // below its legal floor, or mangled, is not applied; the default stands and the log says so.
    if (auto valid = validate(r); !valid) {
        qCWarning(lcStorage).noquote()
            << "pharmacy setting" << settingKey(c) << "ignored:" << valid.error().logText;
        return defaultRule(c);
    }
    return r;
}

Result<void> UpdateRuleCommand::apply(Commands::CommandContext& context)
{
    auto current = loadRule(context.store, m_rule.category);
    if (!current) {
        return fail(current.error());
    }
    m_changed.clear();
    if (current->activeMonths != m_rule.activeMonths) {
        m_changed << QStringLiteral("active_months");
    }
    if (current->archiveMonths != m_rule.archiveMonths) {
        m_changed << QStringLiteral("archive_months");
    }
    if (current->end != m_rule.end) {
        m_changed << QStringLiteral("end_action");
    }
    // A pharmacy-wide setting: it reaches the other workstations through the server.
    return Storage::SettingsRepository(context.store)
        .put(settingKey(m_rule.category), ruleFields(m_rule), context.writeContext());
}

} // namespace Officine::Retention
