#include "aboutdialog.h"

#include "storage/store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace Officine::Ui {

AboutDialog::AboutDialog(bool demo, const QString& storePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("À propos d'Officine"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/officine.svg")).pixmap(64, 64));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("about.text"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(
        tr("<h2>Officine %1</h2>"
           "<p>Poste de travail pour les pharmacies d'officine : dossiers patients, ordonnances, "
           "préparation des piluliers, cercle de soins et traçabilité.</p>"
           "<p>Les données sont chiffrées sur ce poste (SQLCipher, AES-256) avec une clé gardée "
           "dans le trousseau du système.</p>"
           "<p><b>Qt :</b> %2<br><b>Base :</b> %3<br><b>Données :</b> %4</p>")
            .arg(QStringLiteral(OFFICINE_VERSION), QString::fromLatin1(qVersion()),
                 Storage::Store::engineVersion(), QDir::toNativeSeparators(storePath).toHtmlEscaped())
        + (demo ? tr("<p><b>Pharmacie de démonstration :</b> toutes les personnes et données affichées "
                     "sont fictives.</p>")
                : QString()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace Officine::Ui
