#include "translations.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Officine::Ui::Translations {

QStringList available()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

bool install(const QString& language)
{
    static QTranslator* qtTranslator = nullptr;
    static QTranslator* appTranslator = nullptr;
    auto* app = QCoreApplication::instance();
    for (QTranslator** t : {&qtTranslator, &appTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString lang = available().contains(language) ? language : QStringLiteral("fr");
    QLocale::setDefault(QLocale(lang == QLatin1StringView("fr") ? QLocale::French : QLocale::English,
                                lang == QLatin1StringView("fr") ? QLocale::France : QLocale::UnitedKingdom));

    qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + lang,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        qCWarning(lcUi) << "Qt translation not found for" << lang;
    }
    appTranslator = new QTranslator(app);
    const bool ok = appTranslator->load(QStringLiteral(":/i18n/officine_") + lang + QStringLiteral(".qm"));
    if (ok) {
        QCoreApplication::installTranslator(appTranslator);
    } else {
        qCWarning(lcUi) << "Officine translation not found for" << lang;
    }
    return ok;
}

} // namespace Officine::Ui::Translations
