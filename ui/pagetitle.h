#pragma once

#include <QLabel>

namespace Officine::Ui {

/// The large bold heading every page starts with (objectName "pageTitle").
inline QLabel* makePageTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

} // namespace Officine::Ui
