#include "placeholderpage.h"

#include "pagetitle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Officine::Ui {

PlaceholderPage::PlaceholderPage(const QString& objectName, const QString& title, const QString& description,
                                 QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    QLabel* heading = makePageTitle(title, this);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("pageDescription"));
    auto* notice = new QLabel(tr("Cette partie d'Officine arrive dans une prochaine version."), this);
    notice->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(notice);
    layout->addStretch();
}

} // namespace Officine::Ui
