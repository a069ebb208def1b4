#include "posologyedit.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Officine::Ui {

PosologyEdit::PosologyEdit(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_rendering(new QLabel(this))
{
    m_field->setObjectName(QStringLiteral("posology.field"));
    m_field->setPlaceholderText(tr("Posologie : 1-0-1 pendant 7 jours, 1 cp si besoin max 3/j…"));
    m_rendering->setObjectName(QStringLiteral("posology.rendered"));
    m_rendering->setWordWrap(true);
    m_rendering->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_rendering);
    connect(m_field, &QLineEdit::textChanged, this, &PosologyEdit::read);
}

void PosologyEdit::setForm(const QString& pharmaceuticalForm, const QString& defaultUnit)
{
    m_form = pharmaceuticalForm;
    m_unit = defaultUnit.isEmpty() ? QStringLiteral("comprimé") : defaultUnit;
    read();
}

void PosologyEdit::setText(const QString& text)
{
    m_field->setText(text);
}

QString PosologyEdit::text() const
{
    return m_field->text();
}

void PosologyEdit::read()
{
    const QString typed = m_field->text();
    m_posology.reset();
    if (typed.trimmed().isEmpty()) {
        m_rendering->clear();
        m_field->setStyleSheet(QString());
        Q_EMIT posologyChanged();
        return;
    }
    const auto outcome = Prescribing::PosologyParser::parse(typed, m_unit);
    QString problem;
    if (outcome.error) {
        const qsizetype start = std::min(outcome.error->start, typed.size());
        const qsizetype length = std::min(outcome.error->length, typed.size() - start);
        // The text as typed, the unreadable part underlined.
        const QString shown = typed.left(start).toHtmlEscaped()
            + QStringLiteral("<u style=\"color:#b00020\">") + typed.mid(start, length).toHtmlEscaped()
            + QStringLiteral("</u>") + typed.mid(start + length).toHtmlEscaped();
        problem = QStringLiteral("%1<br>%2").arg(shown, outcome.error->message.toHtmlEscaped());
    } else if (!m_form.isEmpty()) {
        if (auto fits = Prescribing::PosologyParser::checkForm(*outcome.posology, m_form); !fits) {
            problem = fits.error().userText.toHtmlEscaped();
        }
    }
    if (!problem.isEmpty()) {
        m_rendering->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(problem));
        m_field->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
    } else {
        m_posology = outcome.posology;
        m_rendering->setText(m_posology->rendered().toHtmlEscaped());
        m_field->setStyleSheet(QString());
    }
    Q_EMIT posologyChanged();
}

} // namespace Officine::Ui
