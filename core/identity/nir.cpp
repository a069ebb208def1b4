#include "nir.h"

#include <QRegularExpression>

namespace Officine::Identity {

int Nir::computeKey(const QString& first13)
{
    if (first13.size() != 13) {
        return -1;
    }
    QString digits = first13.toUpper();
    const QString dep = digits.mid(5, 2);
    if (dep == QLatin1StringView("2A")) {
        digits.replace(5, 2, QStringLiteral("19"));
    } else if (dep == QLatin1StringView("2B")) {
        digits.replace(5, 2, QStringLiteral("18"));
    }
    bool ok = false;
    const qulonglong n = digits.toULongLong(&ok);
    if (!ok) {
        return -1;
    }
    return static_cast<int>(97 - (n % 97));
}

Result<NirInfo> Nir::validate(const QString& input)
{
    QString nir = input;
    nir.remove(u' ');
    nir = nir.toUpper();
    if (nir.size() != 15) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le NIR doit comporter 15 caractères : 13 chiffres puis la clé de 2 chiffres "
                       "(%1 saisis).")
                        .arg(nir.size()),
                    QStringLiteral("NIR length %1").arg(nir.size()));
    }
    static const QRegularExpression shape(QStringLiteral(R"(^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}$)"));
    if (!shape.match(nir).hasMatch()) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le NIR ne doit contenir que des chiffres (le département peut être 2A ou 2B "
                       "pour la Corse)."),
                    QStringLiteral("NIR shape"));
    }
    NirInfo info;
    info.normalized = nir;
    info.sexDigit = nir.mid(0, 1).toInt();
    if (info.sexDigit != 1 && info.sexDigit != 2 && info.sexDigit != 3 && info.sexDigit != 4
        && info.sexDigit != 7 && info.sexDigit != 8) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le premier chiffre du NIR (sexe) doit être 1 ou 2 (3, 4, 7 ou 8 pour un "
                       "numéro provisoire)."),
                    QStringLiteral("NIR sex digit"));
    }
    info.birthYear2 = nir.mid(1, 2).toInt();
    info.birthMonth = nir.mid(3, 2).toInt();
    const int m = info.birthMonth;
    const bool realMonth = m >= 1 && m <= 12;
    info.pseudoMonth = m == 20 || (m >= 30 && m <= 42) || (m >= 50 && m <= 99);
    if (!realMonth && !info.pseudoMonth) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le mois de naissance du NIR (positions 4 et 5) n'existe pas."),
                    QStringLiteral("NIR month"));
    }
    info.departement = nir.mid(5, 2);
    if (info.departement == QLatin1StringView("00")) {
        return fail(ErrorCode::InvalidInput, tr("Le département de naissance du NIR n'existe pas."),
                    QStringLiteral("NIR departement"));
    }
    if (info.departement == QLatin1StringView("97") || info.departement == QLatin1StringView("98")) {
        info.departement = nir.mid(5, 3);
    }
    const int key = nir.mid(13, 2).toInt();
    if (key < 1 || key > 97 || computeKey(nir.left(13)) != key) {
        return fail(ErrorCode::InvalidInput,
                    tr("La clé du NIR ne correspond pas aux 13 premiers caractères : vérifiez la "
                       "saisie sur la carte Vitale ou l'attestation."),
                    QStringLiteral("NIR key mismatch"));
    }
    return info;
}

} // namespace Officine::Identity
