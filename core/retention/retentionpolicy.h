#pragma once

#include "commands/command.h"
#include "util/result.h"

#include <QCoreApplication>
#include <vector>

namespace Officine::Retention {

/// What the pharmacy keeps, and for how long (docs/retention.md lists each default with its
/// source). Never renumber: the ids are stored.
enum class Category {
    SharedCare, ///< pill-organiser plans, observance: shared care data
    PatientFile, ///< a patient's identity and contact, from their last change
    Dispensing, ///< the ordonnancier: dispensing records
    PreparationTrace, ///< box-level traceability of pill-organiser preparation
    AuditTrail, ///< the audit entries themselves
    StaffAccount, ///< deactivated staff and grantee accounts, from their last activity
};
inline constexpr Category allCategories[]
    = {Category::SharedCare,       Category::PatientFile, Category::Dispensing,
       Category::PreparationTrace, Category::AuditTrail,  Category::StaffAccount};

enum class EndAction { Purge, Anonymise };

struct Rule
{
    Category category = Category::PatientFile;
    int activeMonths = 0; ///< in the active base, from the record's last change
    int archiveMonths = 0; ///< then in the archive, opened only with a written justification
    EndAction end = EndAction::Purge;
    int totalMonths() const { return activeMonths + archiveMonths; }
};

/// The floor a titulaire cannot go below, and where it comes from.
struct Bounds
{
    int minimumTotalMonths = 0;
    int minimumActiveMonths = 0;
    QString source; ///< the text or practice it rests on (French)
};

QString categoryId(Category c);

QString categoryLabel(Category c);
QString endActionId(EndAction e);
QString endActionLabel(EndAction e);

Rule defaultRule(Category c);
Bounds bounds(Category c);
/// Checks a rule against its bounds; the French error says which floor and why.
Result<void> validate(const Rule& rule);

/// The policy in force: the defaults, overridden by the titulaire's settings in the store.
Result<std::vector<Rule>> loadPolicy(Storage::Store& store);
Result<Rule> loadRule(Storage::Store& store, Category c);
/// The key of a category's rule among the pharmacy's settings (Storage::SettingsRepository).
QString settingKey(Category c);

/// The titulaire changes one category's periods (SettingsManage), audited as a settings change
/// with the names of the fields changed.
class UpdateRuleCommand final : public Commands::Command
{
public:
    explicit UpdateRuleCommand(Rule rule)
        : m_rule(rule)
    {
    }
    QString id() const override { return QStringLiteral("retention.update"); }
    Commands::Permission requiredPermission() const override { return Commands::Permission::SettingsManage; }
    Result<void> validate() const override { return Retention::validate(m_rule); }
    Result<void> apply(Commands::CommandContext& context) override;
    Commands::CommandTarget target() const override
    {
        return {QStringLiteral("retention_policy"), categoryId(m_rule.category), {}};
    }
    Audit::Action auditAction() const override { return Audit::Action::SettingsChange; }
    QStringList changedFields() const override { return m_changed; }

private:
    Rule m_rule;
    QStringList m_changed;
};

} // namespace Officine::Retention
