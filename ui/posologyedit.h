#pragma once

#include "prescribing/posology.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;

namespace Officine::Ui {

/// A posology typed as pharmacists type it ("1-0-1 pendant 7 jours"), read as it is typed:
/// the French rendering shown live below the field, or — when the text cannot be read — the
/// text with its unreadable part underlined and why. What was typed always stays in the field.
/// The product's form, when known, is checked too (a half only for a scored tablet).
class PosologyEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PosologyEdit(QWidget* parent = nullptr);

    void setForm(const QString& pharmaceuticalForm, const QString& defaultUnit = QStringLiteral("comprimé"));
    void setText(const QString& text);
    QString text() const;
    /// The posology read, when the text is readable and fits the form.
    const std::optional<Prescribing::Posology>& posology() const { return m_posology; }

    QLineEdit* field() const { return m_field; }
    QLabel* rendering() const { return m_rendering; }

Q_SIGNALS:
    void posologyChanged();

private:
    void read();

    QLineEdit* m_field;
    QLabel* m_rendering;
    QString m_form;
    QString m_unit = QStringLiteral("comprimé");
    std::optional<Prescribing::Posology> m_posology;
};

} // namespace Officine::Ui
