#include "retentiondialog.h"

#include "commands/commandexecutor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Officine::Ui {

namespace {
QString months(int n)
{
    if (n == 12) {
        return QCoreApplication::translate("RetentionDialog", "1 an");
    }
    if (n % 12 == 0 && n > 0) {
        return QCoreApplication::translate("RetentionDialog", "%1 ans").arg(n / 12);
    }
    return QCoreApplication::translate("RetentionDialog", "%1 mois").arg(n);
}
} // namespace

RetentionDialog::RetentionDialog(const ShellContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Durées de conservation"));
    auto* intro = new QLabel(tr("Chaque catégorie reste d'abord dans la base active, puis passe en archive : "
                                "les dossiers archivés disparaissent des écrans et des recherches, et ne "
                                "s'ouvrent que sur une justification écrite, tracée. À la fin de l'archive, "
                                "ils sont supprimés ou anonymisés. Les durées ne peuvent pas descendre sous "
                                "le minimum légal."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("retention.table"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Catégorie"), tr("Base active"), tr("Archive"), tr("À l'échéance"), tr("Minimum légal")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);

    m_problem->setObjectName(QStringLiteral("retention.problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setVisible(false);

    auto policy = Retention::loadPolicy(m_context.executor->store());
    if (!policy) {
        m_problem->setText(policy.error().userText);
        m_problem->setVisible(true);
    } else {
        m_loaded = *policy;
    }
    const bool editable = m_context.executor->allowed(Commands::Permission::SettingsManage);
    m_table->setRowCount(static_cast<int>(m_loaded.size()));
    for (size_t i = 0; i < m_loaded.size(); ++i) {
        const Retention::Rule& rule = m_loaded[i];
        const Retention::Bounds bounds = Retention::bounds(rule.category);
        const int row = static_cast<int>(i);
        auto* name = new QTableWidgetItem(Retention::categoryLabel(rule.category));
        name->setToolTip(bounds.source);
        m_table->setItem(row, 0, name);
        auto spin = [this, editable](int value, const QString& id) {
            auto* s = new QSpinBox(m_table);
            s->setObjectName(id);
            s->setRange(0, 600);
            s->setValue(value);
            s->setSuffix(tr(" mois"));
            s->setEnabled(editable);
            return s;
        };
        const QString id = Retention::categoryId(rule.category);
        m_active.push_back(spin(rule.activeMonths, QStringLiteral("retention.active.") + id));
        m_archive.push_back(spin(rule.archiveMonths, QStringLiteral("retention.archive.") + id));
        m_table->setCellWidget(row, 1, m_active.back());
        m_table->setCellWidget(row, 2, m_archive.back());
        m_table->setItem(row, 3, new QTableWidgetItem(Retention::endActionLabel(rule.end)));
        auto* floor = new QTableWidgetItem(tr("%1 au total").arg(months(bounds.minimumTotalMonths)));
        floor->setToolTip(bounds.source);
        m_table->setItem(row, 4, floor);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("retention.buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RetentionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!editable) {
        m_problem->setText(tr("Seul le titulaire peut modifier les durées de conservation."));
        m_problem->setVisible(true);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 420);
}

bool RetentionDialog::apply()
{
    m_problem->setVisible(false);
    for (size_t i = 0; i < m_loaded.size(); ++i) {
        Retention::Rule rule = m_loaded[i];
        rule.activeMonths = m_active[i]->value();
        rule.archiveMonths = m_archive[i]->value();
        if (rule.activeMonths == m_loaded[i].activeMonths
            && rule.archiveMonths == m_loaded[i].archiveMonths) {
            continue;
        }
        Retention::UpdateRuleCommand update(rule);
        if (auto r = m_context.executor->execute(update); !r) {
            // What was typed stays in the fields; the categories saved before stay saved.
            m_problem->setText(
                tr("%1 : %2").arg(Retention::categoryLabel(rule.category), r.error().userText));
            m_problem->setVisible(true);
            m_active[i]->setFocus();
            return false;
        }
        m_loaded[i] = rule;
    }
    return true;
}

void RetentionDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}

} // namespace Officine::Ui
