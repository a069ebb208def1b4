<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AccessReport</name>
    <message>
        <source>Copie des données détenues sur %1</source>
        <translation>Copie des données détenues sur %1</translation>
    </message>
    <message>
        <source>Établie le %1 par %2 (%3), à la demande du patient (droit d&apos;accès, article 15 du RGPD). Document confidentiel&#xa0;: il contient des données de santé.</source>
        <translation>Établie le %1 par %2 (%3), à la demande du patient (droit d&apos;accès, article 15 du RGPD). Document confidentiel&#xa0;: il contient des données de santé.</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>Premier prénom</source>
        <translation>Premier prénom</translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Prénom utilisé</source>
        <translation>Prénom utilisé</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Lieu de naissance (code INSEE)</source>
        <translation>Lieu de naissance (code INSEE)</translation>
    </message>
    <message>
        <source>Matricule INS</source>
        <translation>Matricule INS</translation>
    </message>
    <message>
        <source>Statut de l&apos;identité</source>
        <translation>Statut de l&apos;identité</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée</source>
        <translation>Pièce d&apos;identité contrôlée</translation>
    </message>
    <message>
        <source>%1, par %2 le %3</source>
        <translation>%1, par %2 le %3</translation>
    </message>
    <message>
        <source>Téléservice INSi</source>
        <translation>Téléservice INSi</translation>
    </message>
    <message>
        <source>Attributs d&apos;identité</source>
        <translation>Attributs d&apos;identité</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Données cliniques</source>
        <translation>Données cliniques</translation>
    </message>
    <message>
        <source>Intolérance&#xa0;: %1</source>
        <translation>Intolérance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allergie&#xa0;: %1</source>
        <translation>Allergie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allergies et intolérances</source>
        <translation>Allergies et intolérances</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>(RPPS %1)</source>
        <translation>(RPPS %1)</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>FINESS %1</source>
        <translation>FINESS %1</translation>
    </message>
    <message>
        <source>chambre %1</source>
        <translation>chambre %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>une photo est conservée dans le dossier</source>
        <translation>une photo est conservée dans le dossier</translation>
    </message>
    <message>
        <source>Droits exercés</source>
        <translation>Droits exercés</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>en cours depuis le %1</source>
        <translation>en cours depuis le %1</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Opposition au partage</source>
        <translation>Opposition au partage</translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <source>retiré le %1</source>
        <translation>retiré le %1</translation>
    </message>
    <message>
        <source>donné</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>Directives post-mortem</source>
        <translation>Directives post-mortem</translation>
    </message>
    <message>
        <source>refusée</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>faite</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Historique des modifications</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Champs</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Historique des accès au dossier</source>
        <translation>Historique des accès au dossier</translation>
    </message>
    <message>
        <source>Membre de l&apos;équipe</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ActivateCatalogVersionCommand</name>
    <message>
        <source>Aucune version du catalogue à mettre en service.</source>
        <translation>Aucune version du catalogue à mettre en service.</translation>
    </message>
</context>
<context>
    <name>ApduCardAuthenticator</name>
    <message>
        <source>Le code porteur comporte 4 chiffres.</source>
        <translation>Le code porteur comporte 4 chiffres.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;a pas été émise par l&apos;Agence du numérique en santé&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</source>
        <translation>Cette carte n&apos;a pas été émise par l&apos;Agence du numérique en santé&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Connexion</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Déconnexion</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Verrouillage</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Échec de connexion</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Création</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Accès accordé</source>
        <translation>Accès accordé</translation>
    </message>
    <message>
        <source>Accès révoqué</source>
        <translation>Accès révoqué</translation>
    </message>
    <message>
        <source>Archivage</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Consultation d&apos;archive</source>
        <translation>Consultation d&apos;archive</translation>
    </message>
    <message>
        <source>Sortie d&apos;archive</source>
        <translation>Sortie d&apos;archive</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Modification des paramètres</source>
        <translation>Modification des paramètres</translation>
    </message>
    <message>
        <source>Opération sur la clé</source>
        <translation>Opération sur la clé</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Restauration</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Point de contrôle signé</source>
        <translation>Point de contrôle signé</translation>
    </message>
    <message>
        <source>Vérification du journal</source>
        <translation>Vérification du journal</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointer</name>
    <message>
        <source>Seule la carte CPS d&apos;un pharmacien peut signer le journal de traçabilité.</source>
        <translation>Seule la carte CPS d&apos;un pharmacien peut signer le journal de traçabilité.</translation>
    </message>
    <message>
        <source>Le journal de traçabilité est vide&#xa0;: rien à signer.</source>
        <translation>Le journal de traçabilité est vide&#xa0;: rien à signer.</translation>
    </message>
    <message>
        <source>La carte insérée n&apos;est pas celle du pharmacien connecté&#xa0;: le journal n&apos;est pas signé.</source>
        <translation>La carte insérée n&apos;est pas celle du pharmacien connecté&#xa0;: le journal n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>La signature de la carte ne correspond pas au journal&#xa0;: le point de contrôle est refusé.</source>
        <translation>La signature de la carte ne correspond pas au journal&#xa0;: le point de contrôle est refusé.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Écriture de l&apos;export impossible&#xa0;: %1</source>
        <translation>Écriture de l&apos;export impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Votre rôle ne permet pas de consulter la traçabilité.</source>
        <translation>Votre rôle ne permet pas de consulter la traçabilité.</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>prénom</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>rôle</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>carte associée</source>
        <translation>carte associée</translation>
    </message>
    <message>
        <source>numéro de carte</source>
        <translation>numéro de carte</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>connexion sans carte autorisée</source>
        <translation>connexion sans carte autorisée</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>code à usage unique</source>
        <translation>code à usage unique</translation>
    </message>
    <message>
        <source>durée en base active</source>
        <translation>durée en base active</translation>
    </message>
    <message>
        <source>durée en archive</source>
        <translation>durée en archive</translation>
    </message>
    <message>
        <source>Officine (automatique)</source>
        <translation>Officine (automatique)</translation>
    </message>
    <message>
        <source>dossier supprimé</source>
        <translation>dossier supprimé</translation>
    </message>
    <message>
        <source>dossier archivé</source>
        <translation>dossier archivé</translation>
    </message>
    <message>
        <source>personne (non connecté)</source>
        <translation>personne (non connecté)</translation>
    </message>
    <message>
        <source>Dossier patient %1</source>
        <translation>Dossier patient %1</translation>
    </message>
    <message>
        <source>Compte de l&apos;équipe %1</source>
        <translation>Compte de l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Journal de traçabilité</source>
        <translation>Journal de traçabilité</translation>
    </message>
    <message>
        <source>Durées de conservation</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>champs&#xa0;: %1</source>
        <translation>champs&#xa0;: %1</translation>
    </message>
    <message>
        <source>justification&#xa0;: «&#xa0;%1&#xa0;»</source>
        <translation>justification&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Membre de l&apos;équipe</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Identifiant de l&apos;entrée</source>
        <translation>Identifiant de l&apos;entrée</translation>
    </message>
    <message>
        <source>Écriture du fichier impossible&#xa0;: %1</source>
        <translation>Écriture du fichier impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clé de chiffrement de la base</source>
        <translation>Clé de chiffrement de la base</translation>
    </message>
    <message>
        <source>Base de l&apos;officine</source>
        <translation>Base de l&apos;officine</translation>
    </message>
    <message>
        <source>dossier fusionné</source>
        <translation>dossier fusionné</translation>
    </message>
    <message>
        <source>dossier effacé</source>
        <translation>dossier effacé</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <source>Réussi</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Échec</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>AuditSync</name>
    <message>
        <source>Entrée du journal&#xa0;: 17 champs sont attendus.</source>
        <translation>Entrée du journal&#xa0;: 17 champs sont attendus.</translation>
    </message>
    <message>
        <source>Entrée du journal&#xa0;: «&#xa0;%1&#xa0;» doit être un texte.</source>
        <translation>Entrée du journal&#xa0;: «&#xa0;%1&#xa0;» doit être un texte.</translation>
    </message>
    <message>
        <source>Entrée du journal&#xa0;: numéro ou empreintes illisibles.</source>
        <translation>Entrée du journal&#xa0;: numéro ou empreintes illisibles.</translation>
    </message>
    <message>
        <source>Entrée du journal n° %1&#xa0;: son empreinte ne correspond pas à son contenu.</source>
        <translation>Entrée du journal n° %1&#xa0;: son empreinte ne correspond pas à son contenu.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Erreur interne du journal.</source>
        <translation>Erreur interne du journal.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>ALTÉRÉ&#xa0;: %1 (poste %2, entrée n° %3%4). %5 anomalie(s) sur %6 entrées.</source>
        <translation>ALTÉRÉ&#xa0;: %1 (poste %2, entrée n° %3%4). %5 anomalie(s) sur %6 entrées.</translation>
    </message>
    <message>
        <source>intact&#xa0;: %1 entrées, %2 chaîne(s), %3 point(s) de contrôle signé(s)</source>
        <translation>intact&#xa0;: %1 entrées, %2 chaîne(s), %3 point(s) de contrôle signé(s)</translation>
    </message>
    <message>
        <source> (%1 certificat(s) non rattaché(s) à une autorité de confiance&#xa0;: aucun magasin de confiance configuré)</source>
        <translation> (%1 certificat(s) non rattaché(s) à une autorité de confiance&#xa0;: aucun magasin de confiance configuré)</translation>
    </message>
    <message>
        <source>entrée(s) n° %1 à %2 supprimée(s)&#xa0;: la séquence saute jusqu&apos;à cette entrée</source>
        <translation>entrée(s) n° %1 à %2 supprimée(s)&#xa0;: la séquence saute jusqu&apos;à cette entrée</translation>
    </message>
    <message>
        <source>numéro de séquence en désordre</source>
        <translation>numéro de séquence en désordre</translation>
    </message>
    <message>
        <source>le lien vers l&apos;entrée précédente est rompu (entrées réordonnées ou réécrites)</source>
        <translation>le lien vers l&apos;entrée précédente est rompu (entrées réordonnées ou réécrites)</translation>
    </message>
    <message>
        <source>le contenu de l&apos;entrée a été modifié (empreinte SHA-256 différente)</source>
        <translation>le contenu de l&apos;entrée a été modifié (empreinte SHA-256 différente)</translation>
    </message>
    <message>
        <source>cette entrée ne correspond plus à la tête de chaîne signée le %1&#xa0;: la chaîne a été réécrite</source>
        <translation>cette entrée ne correspond plus à la tête de chaîne signée le %1&#xa0;: la chaîne a été réécrite</translation>
    </message>
    <message>
        <source>point de contrôle enregistré dans la chaîne mais sa signature a disparu</source>
        <translation>point de contrôle enregistré dans la chaîne mais sa signature a disparu</translation>
    </message>
    <message>
        <source>la chaîne est tronquée&#xa0;: le point de contrôle signé le %1 couvre l&apos;entrée n° %2, absente</source>
        <translation>la chaîne est tronquée&#xa0;: le point de contrôle signé le %1 couvre l&apos;entrée n° %2, absente</translation>
    </message>
    <message>
        <source>l&apos;entrée signée par un point de contrôle a disparu</source>
        <translation>l&apos;entrée signée par un point de contrôle a disparu</translation>
    </message>
    <message>
        <source>l&apos;entrée qui consigne ce point de contrôle a disparu</source>
        <translation>l&apos;entrée qui consigne ce point de contrôle a disparu</translation>
    </message>
    <message>
        <source>la signature du point de contrôle du %1 ne correspond pas à son contenu ou à son signataire</source>
        <translation>la signature du point de contrôle du %1 ne correspond pas à son contenu ou à son signataire</translation>
    </message>
    <message>
        <source>le certificat qui a signé le point de contrôle n&apos;est pas reconnu&#xa0;: %1</source>
        <translation>le certificat qui a signé le point de contrôle n&apos;est pas reconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Erreur interne de la vérification du journal.</source>
        <translation>Erreur interne de la vérification du journal.</translation>
    </message>
    <message>
        <source>poste %1&#xa0;: </source>
        <translation>poste %1&#xa0;: </translation>
    </message>
    <message>
        <source>aucun point de contrôle signé&#xa0;: les %1 entrées ne sont garanties que par cette base</source>
        <translation>aucun point de contrôle signé&#xa0;: les %1 entrées ne sont garanties que par cette base</translation>
    </message>
    <message numerus="yes">
        <source>ancré jusqu&apos;à l&apos;entrée n° %1 par le point de contrôle signé le %2&#xa0;; %n entrée(s) plus récente(s) garantie(s) par cette base seule</source>
        <translation>
            <numerusform>ancré jusqu&apos;à l&apos;entrée n° %1 par le point de contrôle signé le %2&#xa0;; %n entrée plus récente garantie par cette base seule</numerusform>
            <numerusform>ancré jusqu&apos;à l&apos;entrée n° %1 par le point de contrôle signé le %2&#xa0;; %n entrées plus récentes garanties par cette base seule</numerusform>
        </translation>
    </message>
    <message>
        <source>la chaîne de ce poste ne contient plus aucune entrée, sans trace d&apos;une purge&#xa0;: le journal a été vidé</source>
        <translation>la chaîne de ce poste ne contient plus aucune entrée, sans trace d&apos;une purge&#xa0;: le journal a été vidé</translation>
    </message>
    <message numerus="yes">
        <source>le journal est vide alors que la base contient %n dossier(s) ou compte(s)&#xa0;: il a été vidé</source>
        <translation>
            <numerusform>le journal est vide alors que la base contient %n dossier ou compte&#xa0;: il a été vidé</numerusform>
            <numerusform>le journal est vide alors que la base contient %n dossiers ou comptes&#xa0;: il a été vidé</numerusform>
        </translation>
    </message>
    <message>
        <source>la chaîne s&apos;arrête à l&apos;entrée n° %1 alors qu&apos;elle avait été vérifiée jusqu&apos;à l&apos;entrée n° %2 le %3&#xa0;: les dernières entrées ont été supprimées</source>
        <translation>la chaîne s&apos;arrête à l&apos;entrée n° %1 alors qu&apos;elle avait été vérifiée jusqu&apos;à l&apos;entrée n° %2 le %3&#xa0;: les dernières entrées ont été supprimées</translation>
    </message>
    <message>
        <source>cette entrée n&apos;est plus celle vérifiée le %1&#xa0;: la fin de la chaîne a été réécrite</source>
        <translation>cette entrée n&apos;est plus celle vérifiée le %1&#xa0;: la fin de la chaîne a été réécrite</translation>
    </message>
    <message>
        <source>la chaîne s&apos;arrête à l&apos;entrée n° %1 alors que le serveur de synchronisation en a ancré %2&#xa0;: les dernières entrées ont été supprimées ici</source>
        <translation>la chaîne s&apos;arrête à l&apos;entrée n° %1 alors que le serveur de synchronisation en a ancré %2&#xa0;: les dernières entrées ont été supprimées ici</translation>
    </message>
    <message>
        <source>cette entrée n&apos;est plus celle que le serveur de synchronisation a ancrée&#xa0;: la chaîne a été réécrite sur ce poste</source>
        <translation>cette entrée n&apos;est plus celle que le serveur de synchronisation a ancrée&#xa0;: la chaîne a été réécrite sur ce poste</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Trop de tentatives de connexion échouées&#xa0;: réessayez dans %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives de connexion échouées&#xa0;: réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives de connexion échouées&#xa0;: réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le défi de connexion est inconnu, expiré ou déjà utilisé&#xa0;: recommencez.</source>
        <translation>Le défi de connexion est inconnu, expiré ou déjà utilisé&#xa0;: recommencez.</translation>
    </message>
    <message>
        <source>La signature de la carte ne correspond pas au défi.</source>
        <translation>La signature de la carte ne correspond pas au défi.</translation>
    </message>
    <message>
        <source>La signature de la clé du poste ne correspond pas à sa clé publique.</source>
        <translation>La signature de la clé du poste ne correspond pas à sa clé publique.</translation>
    </message>
    <message>
        <source>L&apos;officine FINESS %1 n&apos;est pas hébergée par ce serveur&#xa0;: l&apos;hébergeur doit d&apos;abord l&apos;enregistrer.</source>
        <translation>L&apos;officine FINESS %1 n&apos;est pas hébergée par ce serveur&#xa0;: l&apos;hébergeur doit d&apos;abord l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>L&apos;hébergement de cette officine est suspendu.</source>
        <translation>L&apos;hébergement de cette officine est suspendu.</translation>
    </message>
    <message>
        <source>Seul le pharmacien titulaire de l&apos;officine inscrit un poste, avec sa carte.</source>
        <translation>Seul le pharmacien titulaire de l&apos;officine inscrit un poste, avec sa carte.</translation>
    </message>
    <message>
        <source>Ce poste est déjà inscrit.</source>
        <translation>Ce poste est déjà inscrit.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit auprès du serveur.</source>
        <translation>Ce poste n&apos;est pas inscrit auprès du serveur.</translation>
    </message>
    <message>
        <source>Ce poste a été révoqué par le titulaire&#xa0;: il ne se synchronise plus.</source>
        <translation>Ce poste a été révoqué par le titulaire&#xa0;: il ne se synchronise plus.</translation>
    </message>
    <message>
        <source>La signature du poste ne correspond pas à la clé inscrite.</source>
        <translation>La signature du poste ne correspond pas à la clé inscrite.</translation>
    </message>
    <message>
        <source>Le compte de ce porteur de carte est désactivé.</source>
        <translation>Le compte de ce porteur de carte est désactivé.</translation>
    </message>
    <message>
        <source>Aucun compte de l&apos;officine ne correspond à cette carte sur le serveur.</source>
        <translation>Aucun compte de l&apos;officine ne correspond à cette carte sur le serveur.</translation>
    </message>
    <message>
        <source>La session n&apos;a pas pu être ouverte.</source>
        <translation>La session n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Session absente&#xa0;: connectez-vous avec votre carte.</source>
        <translation>Session absente&#xa0;: connectez-vous avec votre carte.</translation>
    </message>
    <message>
        <source>Session inconnue ou terminée&#xa0;: connectez-vous de nouveau.</source>
        <translation>Session inconnue ou terminée&#xa0;: connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>Session expirée&#xa0;: connectez-vous de nouveau.</source>
        <translation>Session expirée&#xa0;: connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>Poste inconnu.</source>
        <translation>Poste inconnu.</translation>
    </message>
    <message>
        <source>Seul le pharmacien titulaire révoque un poste.</source>
        <translation>Seul le pharmacien titulaire révoque un poste.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;appartient pas à l&apos;officine.</source>
        <translation>Ce poste n&apos;appartient pas à l&apos;officine.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>Lecture de l&apos;instantané de la base impossible.</source>
        <translation>Lecture de l&apos;instantané de la base impossible.</translation>
    </message>
    <message>
        <source>Erreur interne de chiffrement.</source>
        <translation>Erreur interne de chiffrement.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire la sauvegarde dans le dossier choisi (droits, disque plein ou support absent).</source>
        <translation>Impossible d&apos;écrire la sauvegarde dans le dossier choisi (droits, disque plein ou support absent).</translation>
    </message>
    <message>
        <source>L&apos;écriture de la sauvegarde a échoué (disque plein ou support retiré ?).</source>
        <translation>L&apos;écriture de la sauvegarde a échoué (disque plein ou support retiré ?).</translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde ne peut pas être lu.</source>
        <translation>Le fichier de sauvegarde ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une sauvegarde Officine.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde Officine.</translation>
    </message>
    <message>
        <source>La sauvegarde est tronquée (copie interrompue ?)&#xa0;: elle ne peut pas être restaurée.</source>
        <translation>La sauvegarde est tronquée (copie interrompue ?)&#xa0;: elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Cette sauvegarde a un format plus récent que cette version d&apos;Officine&#xa0;: mettez Officine à jour pour la restaurer.</source>
        <translation>Cette sauvegarde a un format plus récent que cette version d&apos;Officine&#xa0;: mettez Officine à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>La sauvegarde est endommagée ou a été modifiée&#xa0;: son contrôle d&apos;authenticité échoue. Elle n&apos;a pas été restaurée.</source>
        <translation>La sauvegarde est endommagée ou a été modifiée&#xa0;: son contrôle d&apos;authenticité échoue. Elle n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte pour cette sauvegarde (ou en-tête de la sauvegarde altéré).</source>
        <translation>Phrase de passe incorrecte pour cette sauvegarde (ou en-tête de la sauvegarde altéré).</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier temporaire de restauration.</source>
        <translation>Impossible d&apos;écrire le fichier temporaire de restauration.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Le dossier de sauvegarde est inaccessible (lecteur réseau ou support amovible déconnecté ?).</source>
        <translation>Le dossier de sauvegarde est inaccessible (lecteur réseau ou support amovible déconnecté ?).</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>La base actuelle n&apos;a pas pu être mise de côté&#xa0;: restauration annulée, rien n&apos;a été modifié.</source>
        <translation>La base actuelle n&apos;a pas pu être mise de côté&#xa0;: restauration annulée, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>La base restaurée n&apos;a pas pu être mise en place.</source>
        <translation>La base restaurée n&apos;a pas pu être mise en place.</translation>
    </message>
</context>
<context>
    <name>Bdpm</name>
    <message>
        <source>code CIS «&#xa0;%1&#xa0;» invalide (8 chiffres attendus)</source>
        <translation>code CIS «&#xa0;%1&#xa0;» invalide (8 chiffres attendus)</translation>
    </message>
    <message>
        <source>Fichiers BDPM manquants&#xa0;: %1. Le catalogue en service est conservé.</source>
        <translation>Fichiers BDPM manquants&#xa0;: %1. Le catalogue en service est conservé.</translation>
    </message>
    <message>
        <source>dénomination vide</source>
        <translation>dénomination vide</translation>
    </message>
    <message>
        <source>date d&apos;AMM «&#xa0;%1&#xa0;» invalide</source>
        <translation>date d&apos;AMM «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>surveillance renforcée «&#xa0;%1&#xa0;»&#xa0;: Oui ou Non attendu</source>
        <translation>surveillance renforcée «&#xa0;%1&#xa0;»&#xa0;: Oui ou Non attendu</translation>
    </message>
    <message>
        <source>code CIP7 «&#xa0;%1&#xa0;» invalide (7 chiffres attendus)</source>
        <translation>code CIP7 «&#xa0;%1&#xa0;» invalide (7 chiffres attendus)</translation>
    </message>
    <message>
        <source>code CIP13 «&#xa0;%1&#xa0;» invalide (13 chiffres dont la clé)</source>
        <translation>code CIP13 «&#xa0;%1&#xa0;» invalide (13 chiffres dont la clé)</translation>
    </message>
    <message>
        <source>date de déclaration «&#xa0;%1&#xa0;» invalide</source>
        <translation>date de déclaration «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>taux de remboursement «&#xa0;%1&#xa0;» invalide</source>
        <translation>taux de remboursement «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>prix «&#xa0;%1&#xa0;» invalide</source>
        <translation>prix «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>dénomination de la substance vide</source>
        <translation>dénomination de la substance vide</translation>
    </message>
    <message>
        <source>nature «&#xa0;%1&#xa0;»&#xa0;: SA ou FT attendu</source>
        <translation>nature «&#xa0;%1&#xa0;»&#xa0;: SA ou FT attendu</translation>
    </message>
    <message>
        <source>numéro de liaison «&#xa0;%1&#xa0;» invalide</source>
        <translation>numéro de liaison «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>identifiant de groupe générique «&#xa0;%1&#xa0;» invalide</source>
        <translation>identifiant de groupe générique «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>type de générique «&#xa0;%1&#xa0;» invalide (0 à 4)</source>
        <translation>type de générique «&#xa0;%1&#xa0;» invalide (0 à 4)</translation>
    </message>
    <message>
        <source>numéro de tri «&#xa0;%1&#xa0;» invalide</source>
        <translation>numéro de tri «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>condition vide</source>
        <translation>condition vide</translation>
    </message>
    <message>
        <source>code de statut «&#xa0;%1&#xa0;» invalide (1 à 4)</source>
        <translation>code de statut «&#xa0;%1&#xa0;» invalide (1 à 4)</translation>
    </message>
    <message>
        <source>date invalide</source>
        <translation>date invalide</translation>
    </message>
    <message>
        <source>Import annulé. Le catalogue en service est conservé.</source>
        <translation>Import annulé. Le catalogue en service est conservé.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;est pas un fichier texte BDPM (encodage non reconnu&#xa0;: UTF-16 ou fichier binaire). Le catalogue en service est conservé.</source>
        <translation>Le fichier %1 n&apos;est pas un fichier texte BDPM (encodage non reconnu&#xa0;: UTF-16 ou fichier binaire). Le catalogue en service est conservé.</translation>
    </message>
    <message>
        <source>Le fichier %1 est vide. Le catalogue en service est conservé.</source>
        <translation>Le fichier %1 est vide. Le catalogue en service est conservé.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas le format BDPM attendu&#xa0;: %2 colonnes attendues, %3 trouvées. Le catalogue en service est conservé.</source>
        <translation>Le fichier %1 n&apos;a pas le format BDPM attendu&#xa0;: %2 colonnes attendues, %3 trouvées. Le catalogue en service est conservé.</translation>
    </message>
    <message>
        <source>%1 colonnes au lieu de %2</source>
        <translation>%1 colonnes au lieu de %2</translation>
    </message>
    <message>
        <source>Le fichier %1 dépasse 256 Mo&#xa0;: ce n&apos;est pas un fichier BDPM.</source>
        <translation>Le fichier %1 dépasse 256 Mo&#xa0;: ce n&apos;est pas un fichier BDPM.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;existe pas.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Le fichier %1 est illisible.</source>
        <translation>Le fichier %1 est illisible.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une archive zip lisible.</source>
        <translation>%1 n&apos;est pas une archive zip lisible.</translation>
    </message>
    <message>
        <source>Le fichier %1 de l&apos;archive dépasse 256 Mo.</source>
        <translation>Le fichier %1 de l&apos;archive dépasse 256 Mo.</translation>
    </message>
    <message>
        <source>Le fichier %1 de l&apos;archive est illisible.</source>
        <translation>Le fichier %1 de l&apos;archive est illisible.</translation>
    </message>
    <message>
        <source>Le fichier %1 de l&apos;archive est endommagé ou trop volumineux.</source>
        <translation>Le fichier %1 de l&apos;archive est endommagé ou trop volumineux.</translation>
    </message>
</context>
<context>
    <name>CardBinder</name>
    <message>
        <source>Cette carte est déjà associée au compte actif de %1.</source>
        <translation>Cette carte est déjà associée au compte actif de %1.</translation>
    </message>
</context>
<context>
    <name>CardSignIn</name>
    <message>
        <source>Le compte associé à cette carte a été désactivé par le titulaire&#xa0;: la connexion est refusée.</source>
        <translation>Le compte associé à cette carte a été désactivé par le titulaire&#xa0;: la connexion est refusée.</translation>
    </message>
    <message>
        <source>Aucun compte de cette officine n&apos;est associé à cette carte&#xa0;: le titulaire doit d&apos;abord créer votre compte et y associer votre carte.</source>
        <translation>Aucun compte de cette officine n&apos;est associé à cette carte&#xa0;: le titulaire doit d&apos;abord créer votre compte et y associer votre carte.</translation>
    </message>
</context>
<context>
    <name>CardVerifier</name>
    <message>
        <source>Le certificat de cette carte ne porte pas d&apos;identifiant national.</source>
        <translation>Le certificat de cette carte ne porte pas d&apos;identifiant national.</translation>
    </message>
    <message>
        <source>Le certificat lu sur la carte est illisible&#xa0;: ce n&apos;est pas une carte CPS ou CPE valide.</source>
        <translation>Le certificat lu sur la carte est illisible&#xa0;: ce n&apos;est pas une carte CPS ou CPE valide.</translation>
    </message>
    <message>
        <source>Le certificat de cette carte a expiré le %1&#xa0;: la carte doit être renouvelée.</source>
        <translation>Le certificat de cette carte a expiré le %1&#xa0;: la carte doit être renouvelée.</translation>
    </message>
    <message>
        <source>Le certificat de cette carte ne sera valable qu&apos;à partir du %1&#xa0;: vérifiez la date et l&apos;heure du poste.</source>
        <translation>Le certificat de cette carte ne sera valable qu&apos;à partir du %1&#xa0;: vérifiez la date et l&apos;heure du poste.</translation>
    </message>
    <message>
        <source>Le certificat de cette carte n&apos;a pas été émis par une autorité de confiance (IGC-Santé)&#xa0;: la carte est refusée.</source>
        <translation>Le certificat de cette carte n&apos;a pas été émis par une autorité de confiance (IGC-Santé)&#xa0;: la carte est refusée.</translation>
    </message>
    <message>
        <source>Le certificat de cette carte est invalide&#xa0;: la carte est refusée.</source>
        <translation>Le certificat de cette carte est invalide&#xa0;: la carte est refusée.</translation>
    </message>
    <message>
        <source>Le certificat lu n&apos;est pas un certificat d&apos;authentification (usage de clé incorrect)&#xa0;: la carte est refusée.</source>
        <translation>Le certificat lu n&apos;est pas un certificat d&apos;authentification (usage de clé incorrect)&#xa0;: la carte est refusée.</translation>
    </message>
    <message>
        <source>Cette signature a déjà servi&#xa0;: une réponse rejouée est refusée. Retirez la carte et recommencez.</source>
        <translation>Cette signature a déjà servi&#xa0;: une réponse rejouée est refusée. Retirez la carte et recommencez.</translation>
    </message>
    <message>
        <source>Défi d&apos;authentification inconnu&#xa0;: recommencez la connexion.</source>
        <translation>Défi d&apos;authentification inconnu&#xa0;: recommencez la connexion.</translation>
    </message>
    <message>
        <source>La signature de la carte ne correspond pas au défi envoyé&#xa0;: la carte est refusée.</source>
        <translation>La signature de la carte ne correspond pas au défi envoyé&#xa0;: la carte est refusée.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Import annulé. Le catalogue en service est conservé.</source>
        <translation>Import annulé. Le catalogue en service est conservé.</translation>
    </message>
    <message>
        <source>Cette version du catalogue n&apos;est plus disponible&#xa0;: recommencez l&apos;import.</source>
        <translation>Cette version du catalogue n&apos;est plus disponible&#xa0;: recommencez l&apos;import.</translation>
    </message>
</context>
<context>
    <name>ChangeSettingsCommand</name>
    <message>
        <source>Langue inconnue&#xa0;: choisissez le français ou l&apos;anglais.</source>
        <translation>Langue inconnue&#xa0;: choisissez le français ou l&apos;anglais.</translation>
    </message>
    <message>
        <source>Le verrouillage après inactivité doit être compris entre 30 secondes et une heure.</source>
        <translation>Le verrouillage après inactivité doit être compris entre 30 secondes et une heure.</translation>
    </message>
    <message>
        <source>Le nombre de sauvegardes conservées doit être compris entre 1 et 365.</source>
        <translation>Le nombre de sauvegardes conservées doit être compris entre 1 et 365.</translation>
    </message>
    <message>
        <source>L&apos;heure de la sauvegarde doit être comprise entre 0 et 23.</source>
        <translation>L&apos;heure de la sauvegarde doit être comprise entre 0 et 23.</translation>
    </message>
    <message>
        <source>Le dossier de sauvegarde n&apos;existe pas ou n&apos;est pas accessible en écriture.</source>
        <translation>Le dossier de sauvegarde n&apos;existe pas ou n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Ce paramètre ne se modifie pas depuis Officine&#xa0;: il est fixé par l&apos;administrateur du poste.</source>
        <translation>Ce paramètre ne se modifie pas depuis Officine&#xa0;: il est fixé par l&apos;administrateur du poste.</translation>
    </message>
    <message>
        <source>Les paramètres n&apos;ont pas pu être enregistrés (fichier %1 inaccessible).</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés (fichier %1 inaccessible).</translation>
    </message>
</context>
<context>
    <name>CommandExecutor</name>
    <message>
        <source>Aucun membre de l&apos;équipe n&apos;est connecté&#xa0;: insérez votre carte CPS ou CPE.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;est connecté&#xa0;: insérez votre carte CPS ou CPE.</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas cette action (droit requis&#xa0;: %1).</source>
        <translation>Votre rôle ne permet pas cette action (droit requis&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Erreur interne.</source>
        <translation>Erreur interne.</translation>
    </message>
</context>
<context>
    <name>ConfirmSyncDeletionsCommand</name>
    <message>
        <source>Aucune suppression n&apos;attend de confirmation.</source>
        <translation>Aucune suppression n&apos;attend de confirmation.</translation>
    </message>
</context>
<context>
    <name>CreatePatientCommand</name>
    <message numerus="yes">
        <source>%n dossier(s) proche(s) existe(nt) déjà&#xa0;: vérifiez qu&apos;il ne s&apos;agit pas de la même personne avant de créer un nouveau dossier.</source>
        <translation>
            <numerusform>%n dossier proche existe(nt) déjà&#xa0;: vérifiez qu&apos;il ne s&apos;agit pas de la même personne avant de créer un nouveau dossier.</numerusform>
            <numerusform>%n dossiers proches existe(nt) déjà&#xa0;: vérifiez qu&apos;il ne s&apos;agit pas de la même personne avant de créer un nouveau dossier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Fichier trop volumineux (plus de 512 Mo).</source>
        <translation>Fichier trop volumineux (plus de 512 Mo).</translation>
    </message>
    <message>
        <source>Le fichier est vide.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Guillemet non refermé à partir de la ligne %1&#xa0;: le fichier est tronqué ou mal formé.</source>
        <translation>Guillemet non refermé à partir de la ligne %1&#xa0;: le fichier est tronqué ou mal formé.</translation>
    </message>
    <message>
        <source>La première ligne doit nommer les colonnes (séparées par&#xa0;; , ou une tabulation).</source>
        <translation>La première ligne doit nommer les colonnes (séparées par&#xa0;; , ou une tabulation).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>La base PostgreSQL %1 ne répond pas (rôle %2)&#xa0;: %3</source>
        <translation>La base PostgreSQL %1 ne répond pas (rôle %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>La base de données a refusé une requête.</source>
        <translation>La base de données a refusé une requête.</translation>
    </message>
    <message>
        <source>Le rôle PostgreSQL «&#xa0;%1&#xa0;» du service n&apos;existe pas&#xa0;: créez-le d&apos;abord (docs/server-operations.md).</source>
        <translation>Le rôle PostgreSQL «&#xa0;%1&#xa0;» du service n&apos;existe pas&#xa0;: créez-le d&apos;abord (docs/server-operations.md).</translation>
    </message>
    <message>
        <source>Le rôle «&#xa0;%1&#xa0;» est superutilisateur ou peut contourner la sécurité par ligne (BYPASSRLS)&#xa0;: le service refuse de s&apos;en servir, car il pourrait lire les données de toutes les officines.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» est superutilisateur ou peut contourner la sécurité par ligne (BYPASSRLS)&#xa0;: le service refuse de s&apos;en servir, car il pourrait lire les données de toutes les officines.</translation>
    </message>
    <message>
        <source>Version du schéma illisible.</source>
        <translation>Version du schéma illisible.</translation>
    </message>
    <message>
        <source>La base est au schéma %1, plus récent que ce serveur (%2)&#xa0;: installez la version du serveur qui l&apos;a créée.</source>
        <translation>La base est au schéma %1, plus récent que ce serveur (%2)&#xa0;: installez la version du serveur qui l&apos;a créée.</translation>
    </message>
    <message>
        <source>La migration du schéma vers la version %1 a échoué&#xa0;; la base est restée à la version %2.</source>
        <translation>La migration du schéma vers la version %1 a échoué&#xa0;; la base est restée à la version %2.</translation>
    </message>
    <message>
        <source>Le rôle «&#xa0;%1&#xa0;» du service possède des tables&#xa0;: la sécurité par ligne ne s&apos;appliquerait pas à lui. Donnez-les au rôle propriétaire.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» du service possède des tables&#xa0;: la sécurité par ligne ne s&apos;appliquerait pas à lui. Donnez-les au rôle propriétaire.</translation>
    </message>
</context>
<context>
    <name>DatabaseKey</name>
    <message>
        <source>La clé de la base enregistrée dans le trousseau est invalide. Restaurez la dernière sauvegarde avec sa phrase de passe.</source>
        <translation>La clé de la base enregistrée dans le trousseau est invalide. Restaurez la dernière sauvegarde avec sa phrase de passe.</translation>
    </message>
    <message>
        <source>La base de l&apos;officine existe mais sa clé est absente du trousseau du système (trousseau verrouillé, ou session d&apos;un autre utilisateur). Déverrouillez le trousseau puis relancez Officine&#xa0;; sinon restaurez la dernière sauvegarde avec sa phrase de passe (officine-cli restore).</source>
        <translation>La base de l&apos;officine existe mais sa clé est absente du trousseau du système (trousseau verrouillé, ou session d&apos;un autre utilisateur). Déverrouillez le trousseau puis relancez Officine&#xa0;; sinon restaurez la dernière sauvegarde avec sa phrase de passe (officine-cli restore).</translation>
    </message>
    <message>
        <source>Le trousseau du système n&apos;a pas conservé la clé de la base&#xa0;: la base n&apos;a pas été créée.</source>
        <translation>Le trousseau du système n&apos;a pas conservé la clé de la base&#xa0;: la base n&apos;a pas été créée.</translation>
    </message>
</context>
<context>
    <name>DemoPharmacy</name>
    <message>
        <source>Claire Démo, titulaire (démonstration)</source>
        <translation>Claire Démo, titulaire (démonstration)</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <source>La clé du poste n&apos;a pas pu être enregistrée.</source>
        <translation>La clé du poste n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>La clé du poste n&apos;a pas pu être créée.</source>
        <translation>La clé du poste n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>La clé du poste enregistrée dans le trousseau est illisible&#xa0;: le poste doit être inscrit de nouveau par le titulaire.</source>
        <translation>La clé du poste enregistrée dans le trousseau est illisible&#xa0;: le poste doit être inscrit de nouveau par le titulaire.</translation>
    </message>
    <message>
        <source>La clé du poste n&apos;a pas pu signer.</source>
        <translation>La clé du poste n&apos;a pas pu signer.</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Impossible d&apos;écrire %1&#xa0;: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ErasePatientCommand</name>
    <message>
        <source>Ce dossier a déjà été effacé ou fusionné.</source>
        <translation>Ce dossier a déjà été effacé ou fusionné.</translation>
    </message>
    <message>
        <source>Effacement refusé&#xa0;: les données de santé de ce dossier doivent être conservées jusqu&apos;au %1 (%2). La demande est enregistrée&#xa0;; elle pourra être satisfaite à cette date.</source>
        <translation>Effacement refusé&#xa0;: les données de santé de ce dossier doivent être conservées jusqu&apos;au %1 (%2). La demande est enregistrée&#xa0;; elle pourra être satisfaite à cette date.</translation>
    </message>
</context>
<context>
    <name>FallbackSignIn</name>
    <message>
        <source>Mot de passe ou code à usage unique incorrect.</source>
        <translation>Mot de passe ou code à usage unique incorrect.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé&#xa0;: adressez-vous au titulaire.</source>
        <translation>Ce compte est désactivé&#xa0;: adressez-vous au titulaire.</translation>
    </message>
    <message>
        <source>La connexion sans carte n&apos;est pas ouverte pour ce compte&#xa0;: demandez-la au titulaire.</source>
        <translation>La connexion sans carte n&apos;est pas ouverte pour ce compte&#xa0;: demandez-la au titulaire.</translation>
    </message>
</context>
<context>
    <name>HttpApi</name>
    <message>
        <source>l&apos;inscription</source>
        <translation>l&apos;inscription</translation>
    </message>
    <message>
        <source>l&apos;ouverture de session</source>
        <translation>l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>«&#xa0;after&#xa0;» doit être un entier positif et «&#xa0;limit&#xa0;» un entier de 1 à %1.</source>
        <translation>«&#xa0;after&#xa0;» doit être un entier positif et «&#xa0;limit&#xa0;» un entier de 1 à %1.</translation>
    </message>
    <message>
        <source>Identifiant de poste invalide.</source>
        <translation>Identifiant de poste invalide.</translation>
    </message>
</context>
<context>
    <name>ImportPatientsBatchCommand</name>
    <message>
        <source>Import, ligne %1</source>
        <translation>Import, ligne %1</translation>
    </message>
</context>
<context>
    <name>Insi</name>
    <message>
        <source>Recherche de l&apos;INS par les traits</source>
        <translation>Recherche de l&apos;INS par les traits</translation>
    </message>
    <message>
        <source>Recherche de l&apos;INS par la carte Vitale</source>
        <translation>Recherche de l&apos;INS par la carte Vitale</translation>
    </message>
    <message>
        <source>Vérification de l&apos;INS</source>
        <translation>Vérification de l&apos;INS</translation>
    </message>
    <message>
        <source>Une identité trouvée. Comparez ses traits à ceux du patient et de sa pièce d&apos;identité avant de l&apos;adopter.</source>
        <translation>Une identité trouvée. Comparez ses traits à ceux du patient et de sa pièce d&apos;identité avant de l&apos;adopter.</translation>
    </message>
    <message>
        <source>Aucune identité trouvée. Vérifiez les traits saisis avec la pièce d&apos;identité (nom de naissance, premier prénom, date de naissance) et interrogez à nouveau&#xa0;; l&apos;identité reste provisoire.</source>
        <translation>Aucune identité trouvée. Vérifiez les traits saisis avec la pièce d&apos;identité (nom de naissance, premier prénom, date de naissance) et interrogez à nouveau&#xa0;; l&apos;identité reste provisoire.</translation>
    </message>
    <message>
        <source>Plusieurs identités correspondent. Ajoutez les autres prénoms de la pièce d&apos;identité ou le lieu de naissance, puis interrogez à nouveau.</source>
        <translation>Plusieurs identités correspondent. Ajoutez les autres prénoms de la pièce d&apos;identité ou le lieu de naissance, puis interrogez à nouveau.</translation>
    </message>
    <message>
        <source>L&apos;INS et les traits du dossier sont confirmés par le téléservice.</source>
        <translation>L&apos;INS et les traits du dossier sont confirmés par le téléservice.</translation>
    </message>
    <message>
        <source>Le téléservice ne confirme pas cet INS avec ces traits&#xa0;: l&apos;INS ne doit plus être utilisé tant que l&apos;identité n&apos;est pas récupérée à nouveau.</source>
        <translation>Le téléservice ne confirme pas cet INS avec ces traits&#xa0;: l&apos;INS ne doit plus être utilisé tant que l&apos;identité n&apos;est pas récupérée à nouveau.</translation>
    </message>
    <message>
        <source>Le téléservice INSi a besoin de %1&#xa0;: complétez le dossier avant de l&apos;interroger.</source>
        <translation>Le téléservice INSi a besoin de %1&#xa0;: complétez le dossier avant de l&apos;interroger.</translation>
    </message>
    <message>
        <source>La carte Vitale n&apos;a pas pu être lue (numéro de l&apos;ouvrant droit absent).</source>
        <translation>La carte Vitale n&apos;a pas pu être lue (numéro de l&apos;ouvrant droit absent).</translation>
    </message>
    <message>
        <source>La carte Vitale n&apos;a pas pu être lue (date de naissance du bénéficiaire absente).</source>
        <translation>La carte Vitale n&apos;a pas pu être lue (date de naissance du bénéficiaire absente).</translation>
    </message>
    <message>
        <source>du nom de naissance</source>
        <translation>du nom de naissance</translation>
    </message>
    <message>
        <source>du premier prénom de naissance</source>
        <translation>du premier prénom de naissance</translation>
    </message>
    <message>
        <source>du sexe</source>
        <translation>du sexe</translation>
    </message>
    <message>
        <source>Le téléservice INSi ne cherche qu&apos;avec une date de naissance complète&#xa0;; pour une date incomplète, utilisez la carte Vitale.</source>
        <translation>Le téléservice INSi ne cherche qu&apos;avec une date de naissance complète&#xa0;; pour une date incomplète, utilisez la carte Vitale.</translation>
    </message>
    <message>
        <source>de l&apos;INS (matricule et OID)</source>
        <translation>de l&apos;INS (matricule et OID)</translation>
    </message>
    <message>
        <source>de la liste des prénoms et du lieu de naissance</source>
        <translation>de la liste des prénoms et du lieu de naissance</translation>
    </message>
    <message>
        <source>Le téléservice INSi ne répond pas&#xa0;: l&apos;identité reste provisoire et rien de ce qui a été saisi n&apos;est perdu. Réessayez plus tard.</source>
        <translation>Le téléservice INSi ne répond pas&#xa0;: l&apos;identité reste provisoire et rien de ce qui a été saisi n&apos;est perdu. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>L&apos;adresse du téléservice INSi n&apos;est pas valide.</source>
        <translation>L&apos;adresse du téléservice INSi n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Le téléservice INSi ne s&apos;interroge qu&apos;en HTTPS.</source>
        <translation>Le téléservice INSi ne s&apos;interroge qu&apos;en HTTPS.</translation>
    </message>
    <message>
        <source>Le téléservice INSi n&apos;est pas configuré sur ce poste (officine.conf, section [insi]).</source>
        <translation>Le téléservice INSi n&apos;est pas configuré sur ce poste (officine.conf, section [insi]).</translation>
    </message>
    <message>
        <source>Le téléservice INSi s&apos;interroge avec votre carte CPS&#xa0;: connectez-vous avec votre carte.</source>
        <translation>Le téléservice INSi s&apos;interroge avec votre carte CPS&#xa0;: connectez-vous avec votre carte.</translation>
    </message>
    <message>
        <source>La réponse du téléservice INSi est trop longue&#xa0;: l&apos;identité reste provisoire.</source>
        <translation>La réponse du téléservice INSi est trop longue&#xa0;: l&apos;identité reste provisoire.</translation>
    </message>
    <message>
        <source>Le certificat du téléservice INSi n&apos;est pas celui attendu&#xa0;: la connexion a été refusée.</source>
        <translation>Le certificat du téléservice INSi n&apos;est pas celui attendu&#xa0;: la connexion a été refusée.</translation>
    </message>
</context>
<context>
    <name>InsiEnvelope</name>
    <message>
        <source>La réponse du téléservice INSi est illisible&#xa0;: l&apos;identité reste provisoire. Réessayez&#xa0;; si cela se reproduit, signalez-le à votre support.</source>
        <translation>La réponse du téléservice INSi est illisible&#xa0;: l&apos;identité reste provisoire. Réessayez&#xa0;; si cela se reproduit, signalez-le à votre support.</translation>
    </message>
    <message>
        <source>Le téléservice INSi a refusé l&apos;authentification par votre carte (%1). Vérifiez que votre carte CPS est valide&#xa0;; l&apos;identité reste provisoire.</source>
        <translation>Le téléservice INSi a refusé l&apos;authentification par votre carte (%1). Vérifiez que votre carte CPS est valide&#xa0;; l&apos;identité reste provisoire.</translation>
    </message>
    <message>
        <source>Le téléservice INSi est indisponible (%1)&#xa0;: l&apos;identité reste provisoire et rien de ce qui a été saisi n&apos;est perdu. Réessayez plus tard.</source>
        <translation>Le téléservice INSi est indisponible (%1)&#xa0;: l&apos;identité reste provisoire et rien de ce qui a été saisi n&apos;est perdu. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Le téléservice INSi a refusé la demande (%1)&#xa0;; l&apos;identité reste provisoire.</source>
        <translation>Le téléservice INSi a refusé la demande (%1)&#xa0;; l&apos;identité reste provisoire.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>L&apos;accès au trousseau du système a été refusé&#xa0;: la base chiffrée ne peut pas être ouverte.</source>
        <translation>L&apos;accès au trousseau du système a été refusé&#xa0;: la base chiffrée ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Le trousseau du système (Secret Service) est indisponible ou verrouillé&#xa0;: ouvrez une session de bureau avec son trousseau déverrouillé. La base chiffrée n&apos;est pas ouverte et aucune donnée n&apos;est écrite en clair.</source>
        <translation>Le trousseau du système (Secret Service) est indisponible ou verrouillé&#xa0;: ouvrez une session de bureau avec son trousseau déverrouillé. La base chiffrée n&apos;est pas ouverte et aucune donnée n&apos;est écrite en clair.</translation>
    </message>
    <message>
        <source>Le trousseau du système ne répond pas (délai de %1 s dépassé)&#xa0;: il est peut-être verrouillé ou son service est arrêté. La base chiffrée n&apos;est pas ouverte.</source>
        <translation>Le trousseau du système ne répond pas (délai de %1 s dépassé)&#xa0;: il est peut-être verrouillé ou son service est arrêté. La base chiffrée n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>MergePatientsCommand</name>
    <message>
        <source>Choisissez deux dossiers différents à fusionner.</source>
        <translation>Choisissez deux dossiers différents à fusionner.</translation>
    </message>
    <message>
        <source>Indiquez le motif de la fusion (il est conservé dans l&apos;historique du dossier).</source>
        <translation>Indiquez le motif de la fusion (il est conservé dans l&apos;historique du dossier).</translation>
    </message>
</context>
<context>
    <name>NationalIds</name>
    <message>
        <source>Le numéro RPPS comporte 11 chiffres.</source>
        <translation>Le numéro RPPS comporte 11 chiffres.</translation>
    </message>
    <message>
        <source>Le numéro FINESS comporte 9 caractères (le département peut être 2A ou 2B).</source>
        <translation>Le numéro FINESS comporte 9 caractères (le département peut être 2A ou 2B).</translation>
    </message>
    <message>
        <source>Le numéro RPPS est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</source>
        <translation>Le numéro RPPS est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</translation>
    </message>
    <message>
        <source>Le numéro FINESS est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</source>
        <translation>Le numéro FINESS est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</translation>
    </message>
    <message>
        <source>Le numéro ADELI comporte 9 chiffres.</source>
        <translation>Le numéro ADELI comporte 9 chiffres.</translation>
    </message>
    <message>
        <source>Le numéro ADELI est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</source>
        <translation>Le numéro ADELI est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</translation>
    </message>
    <message>
        <source>Le numéro du prescripteur est un RPPS (11 chiffres) ou un ADELI (9 chiffres).</source>
        <translation>Le numéro du prescripteur est un RPPS (11 chiffres) ou un ADELI (9 chiffres).</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>Le NIR doit comporter 15 caractères&#xa0;: 13 chiffres puis la clé de 2 chiffres (%1 saisis).</source>
        <translation>Le NIR doit comporter 15 caractères&#xa0;: 13 chiffres puis la clé de 2 chiffres (%1 saisis).</translation>
    </message>
    <message>
        <source>Le NIR ne doit contenir que des chiffres (le département peut être 2A ou 2B pour la Corse).</source>
        <translation>Le NIR ne doit contenir que des chiffres (le département peut être 2A ou 2B pour la Corse).</translation>
    </message>
    <message>
        <source>Le premier chiffre du NIR (sexe) doit être 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire).</source>
        <translation>Le premier chiffre du NIR (sexe) doit être 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire).</translation>
    </message>
    <message>
        <source>Le mois de naissance du NIR (positions 4 et 5) n&apos;existe pas.</source>
        <translation>Le mois de naissance du NIR (positions 4 et 5) n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Le département de naissance du NIR n&apos;existe pas.</source>
        <translation>Le département de naissance du NIR n&apos;existe pas.</translation>
    </message>
    <message>
        <source>La clé du NIR ne correspond pas aux 13 premiers caractères&#xa0;: vérifiez la saisie sur la carte Vitale ou l&apos;attestation.</source>
        <translation>La clé du NIR ne correspond pas aux 13 premiers caractères&#xa0;: vérifiez la saisie sur la carte Vitale ou l&apos;attestation.</translation>
    </message>
</context>
<context>
    <name>Officine</name>
    <message>
        <source>Poste de travail pour les pharmacies d&apos;officine.</source>
        <translation>Poste de travail pour les pharmacies d&apos;officine.</translation>
    </message>
    <message>
        <source>Ouvrir la pharmacie de démonstration (données fictives, base séparée).</source>
        <translation>Ouvrir la pharmacie de démonstration (données fictives, base séparée).</translation>
    </message>
    <message>
        <source>Dossier des données.</source>
        <translation>Dossier des données.</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Enregistrer une capture de la fenêtre puis quitter (documentation).</source>
        <translation>Enregistrer une capture de la fenêtre puis quitter (documentation).</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Officine</source>
        <translation>Officine</translation>
    </message>
    <message>
        <source>La base de l&apos;officine ne peut pas être ouverte.</source>
        <translation>La base de l&apos;officine ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Délai avant la capture, en millisecondes (1500 par défaut).</source>
        <translation>Délai avant la capture, en millisecondes (1500 par défaut).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Avec --demo&#xa0;: connexion par les cartes émulées de ce dossier (scripts/demo.sh les démarre).</source>
        <translation>Avec --demo&#xa0;: connexion par les cartes émulées de ce dossier (scripts/demo.sh les démarre).</translation>
    </message>
    <message>
        <source>Avec --demo&#xa0;: le simulateur du téléservice INSi à cette adresse (scripts/demo.sh le démarre).</source>
        <translation>Avec --demo&#xa0;: le simulateur du téléservice INSi à cette adresse (scripts/demo.sh le démarre).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Partie à afficher au démarrage (1 à 7).</source>
        <translation>Partie à afficher au démarrage (1 à 7).</translation>
    </message>
    <message>
        <source>Avec --demo&#xa0;: le catalogue des médicaments importé des fichiers de la BDPM de ce dossier (ou de cette archive zip) au lieu du petit catalogue de démonstration.</source>
        <translation>Avec --demo&#xa0;: le catalogue des médicaments importé des fichiers de la BDPM de ce dossier (ou de cette archive zip) au lieu du petit catalogue de démonstration.</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
</context>
<context>
    <name>Officine::Services::CatalogService</name>
    <message>
        <source>Lecture des fichiers…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Contrôle des fichiers…</source>
        <translation>Contrôle des fichiers…</translation>
    </message>
    <message>
        <source>Écriture du catalogue…</source>
        <translation>Écriture du catalogue…</translation>
    </message>
    <message>
        <source>Un import du catalogue est déjà en cours.</source>
        <translation>Un import du catalogue est déjà en cours.</translation>
    </message>
    <message>
        <source>Catalogue mis en service&#xa0;: %1 spécialités, %2 présentations</source>
        <translation>Catalogue mis en service&#xa0;: %1 spécialités, %2 présentations</translation>
    </message>
    <message>
        <source>&#xa0;; aucune ligne refusée.</source>
        <translation>&#xa0;; aucune ligne refusée.</translation>
    </message>
    <message numerus="yes">
        <source>&#xa0;; %n ligne(s) refusée(s), listées dans le rapport de l&apos;import.</source>
        <translation>
            <numerusform>&#xa0;; %n ligne refusée, listée dans le rapport de l&apos;import.</numerusform>
            <numerusform>&#xa0;; %n lignes refusées, listées dans le rapport de l&apos;import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Officine::Sync::SyncWorker</name>
    <message>
        <source>La synchronisation n&apos;est pas configurée sur ce poste.</source>
        <translation>La synchronisation n&apos;est pas configurée sur ce poste.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::AboutDialog</name>
    <message>
        <source>À propos d&apos;Officine</source>
        <translation>À propos d&apos;Officine</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Officine %1&lt;/h2&gt;&lt;p&gt;Poste de travail pour les pharmacies d&apos;officine&#xa0;: dossiers patients, ordonnances, préparation des piluliers, cercle de soins et traçabilité.&lt;/p&gt;&lt;p&gt;Les données sont chiffrées sur ce poste (SQLCipher, AES-256) avec une clé gardée dans le trousseau du système.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Base :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Données :&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Officine %1&lt;/h2&gt;&lt;p&gt;Poste de travail pour les pharmacies d&apos;officine&#xa0;: dossiers patients, ordonnances, préparation des piluliers, cercle de soins et traçabilité.&lt;/p&gt;&lt;p&gt;Les données sont chiffrées sur ce poste (SQLCipher, AES-256) avec une clé gardée dans le trousseau du système.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Base :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Données :&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pharmacie de démonstration :&lt;/b&gt; toutes les personnes et données affichées sont fictives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pharmacie de démonstration :&lt;/b&gt; toutes les personnes et données affichées sont fictives.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::AdministrationPage</name>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Paramètres…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Base de données de l&apos;officine</source>
        <translation>Base de données de l&apos;officine</translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne chiffrée</source>
        <translation>Sauvegarde quotidienne chiffrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emplacement :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Chiffrement :&lt;/b&gt; SQLCipher, AES-256 avec un code d&apos;authentification (HMAC) par page&#xa0;; clé de 256 bits rangée dans le trousseau du système.&lt;br&gt;&lt;b&gt;Schéma :&lt;/b&gt; version %2&lt;br&gt;&lt;b&gt;Identifiant du poste :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Moteur :&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Emplacement :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Chiffrement :&lt;/b&gt; SQLCipher, AES-256 avec un code d&apos;authentification (HMAC) par page&#xa0;; clé de 256 bits rangée dans le trousseau du système.&lt;br&gt;&lt;b&gt;Schéma :&lt;/b&gt; version %2&lt;br&gt;&lt;b&gt;Identifiant du poste :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Moteur :&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Non configurée.&lt;/b&gt; Choisissez un dossier sur un disque réseau (NAS) ou un support amovible dans les paramètres&#xa0;: gardez trois copies sur deux supports, dont une hors ligne.</source>
        <translation>&lt;b&gt;Non configurée.&lt;/b&gt; Choisissez un dossier sur un disque réseau (NAS) ou un support amovible dans les paramètres&#xa0;: gardez trois copies sur deux supports, dont une hors ligne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Conservation :&lt;/b&gt; les %2 dernières&lt;br&gt;&lt;b&gt;Heure :&lt;/b&gt; à partir de %3 h</source>
        <translation>&lt;b&gt;Dossier :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Conservation :&lt;/b&gt; les %2 dernières&lt;br&gt;&lt;b&gt;Heure :&lt;/b&gt; à partir de %3 h</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dernière sauvegarde réussie :&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Dernière sauvegarde réussie :&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aucune sauvegarde réussie à ce jour.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune sauvegarde réussie à ce jour.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Échec le %1 :&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Échec le %1 :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Aucune phrase de passe de sauvegarde dans le trousseau&#xa0;: définissez-la dans les paramètres.</source>
        <translation>Aucune phrase de passe de sauvegarde dans le trousseau&#xa0;: définissez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>Équipe de l&apos;officine</source>
        <translation>Équipe de l&apos;officine</translation>
    </message>
    <message>
        <source>Nouveau compte…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>Carte associée</source>
        <translation>Carte associée</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rôles et droits</source>
        <translation>Rôles et droits</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>désactivé</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Autoriser ou retirer la connexion sans carte</source>
        <translation>Autoriser ou retirer la connexion sans carte</translation>
    </message>
    <message>
        <source>Sans carte</source>
        <translation>Sans carte</translation>
    </message>
    <message>
        <source>autorisée, non configurée</source>
        <translation>autorisée, non configurée</translation>
    </message>
    <message>
        <source>autorisée</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Désactiver le compte</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Désactiver le compte de %1&#xa0;? Sa carte n&apos;ouvrira plus de session&#xa0;; le compte n&apos;est pas supprimé et son historique garde son nom.</source>
        <translation>Désactiver le compte de %1&#xa0;? Sa carte n&apos;ouvrira plus de session&#xa0;; le compte n&apos;est pas supprimé et son historique garde son nom.</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Durées de conservation…</source>
        <translation>Durées de conservation…</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::AuditView</name>
    <message>
        <source>Exporter en CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Nom du patient, puis Entrée</source>
        <translation>Nom du patient, puis Entrée</translation>
    </message>
    <message>
        <source>Tous les patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Patient&#xa0;:</source>
        <translation>Patient&#xa0;:</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Exporter la traçabilité en PDF</source>
        <translation>Exporter la traçabilité en PDF</translation>
    </message>
    <message>
        <source>Exporter la traçabilité en CSV</source>
        <translation>Exporter la traçabilité en CSV</translation>
    </message>
    <message>
        <source>tracabilite.pdf</source>
        <translation>tracabilite.pdf</translation>
    </message>
    <message>
        <source>tracabilite.csv</source>
        <translation>tracabilite.csv</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tableau CSV (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) exportée(s).</source>
        <translation>
            <numerusform>%n ligne exportée.</numerusform>
            <numerusform>%n lignes exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Toute l&apos;équipe</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>patient&#xa0;: %1</source>
        <translation>patient&#xa0;: %1</translation>
    </message>
    <message>
        <source>ce patient</source>
        <translation>ce patient</translation>
    </message>
    <message>
        <source>membre&#xa0;: %1</source>
        <translation>membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>action&#xa0;: %1</source>
        <translation>action&#xa0;: %1</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Traçabilité</source>
        <translation>Traçabilité</translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s). Document confidentiel&#xa0;: il contient des données de santé.</source>
        <translation>
            <numerusform>%n entrée. Document confidentiel&#xa0;: il contient des données de santé.</numerusform>
            <numerusform>%n entrées. Document confidentiel&#xa0;: il contient des données de santé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Membre de l&apos;équipe&#xa0;:</source>
        <translation>Membre de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Action&#xa0;:</source>
        <translation>Action&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::CataloguePage</name>
    <message>
        <source>Liste I</source>
        <translation>Liste I</translation>
    </message>
    <message>
        <source>Liste II</source>
        <translation>Liste II</translation>
    </message>
    <message>
        <source>Stupéfiant</source>
        <translation>Stupéfiant</translation>
    </message>
    <message>
        <source>Rupture de stock</source>
        <translation>Rupture de stock</translation>
    </message>
    <message>
        <source>Tension d&apos;approvisionnement</source>
        <translation>Tension d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Arrêt de commercialisation</source>
        <translation>Arrêt de commercialisation</translation>
    </message>
    <message>
        <source>Importer la BDPM d&apos;un dossier…</source>
        <translation>Importer la BDPM d&apos;un dossier…</translation>
    </message>
    <message>
        <source>… ou d&apos;une archive zip</source>
        <translation>… ou d&apos;une archive zip</translation>
    </message>
    <message>
        <source>Annuler l&apos;import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Nom, substance (DCI), groupe générique, CIP13 ou CIP7</source>
        <translation>Nom, substance (DCI), groupe générique, CIP13 ou CIP7</translation>
    </message>
    <message>
        <source>Spécialité</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Présentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Remboursement</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Médicaments</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Annulation de l&apos;import…</source>
        <translation>Annulation de l&apos;import…</translation>
    </message>
    <message>
        <source>Aucun catalogue en service&#xa0;: le titulaire importe les fichiers de la BDPM (base de données publique des médicaments), d&apos;un dossier ou d&apos;une archive zip.</source>
        <translation>Aucun catalogue en service&#xa0;: le titulaire importe les fichiers de la BDPM (base de données publique des médicaments), d&apos;un dossier ou d&apos;une archive zip.</translation>
    </message>
    <message>
        <source>Import de %1 en cours&#xa0;: le catalogue en service reste utilisé jusqu&apos;à la fin.</source>
        <translation>Import de %1 en cours&#xa0;: le catalogue en service reste utilisé jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Archive de la BDPM</source>
        <translation>Archive de la BDPM</translation>
    </message>
    <message>
        <source>Archives zip (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Dossier des fichiers de la BDPM</source>
        <translation>Dossier des fichiers de la BDPM</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Commercialisée</source>
        <translation>Commercialisée</translation>
    </message>
    <message>
        <source>Non commercialisée</source>
        <translation>Non commercialisée</translation>
    </message>
    <message>
        <source>Trouvée par sa substance&#xa0;: %1</source>
        <translation>Trouvée par sa substance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Spécialité absente du catalogue en service.</source>
        <translation>Spécialité absente du catalogue en service.</translation>
    </message>
    <message>
        <source>Code CIS %1 · %2 · voie(s)&#xa0;: %3</source>
        <translation>Code CIS %1 · %2 · voie(s)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Surveillance renforcée</source>
        <translation>Surveillance renforcée</translation>
    </message>
    <message>
        <source>Prescription et délivrance&#xa0;: %1</source>
        <translation>Prescription et délivrance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Groupe générique&#xa0;: %1</source>
        <translation>Groupe générique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>prix libre</source>
        <translation>prix libre</translation>
    </message>
    <message>
        <source>non remboursable</source>
        <translation>non remboursable</translation>
    </message>
    <message>
        <source>remboursée à %1</source>
        <translation>remboursée à %1</translation>
    </message>
    <message>
        <source>CIP13 %1 · %2 · %3 · %4 · %5</source>
        <translation>CIP13 %1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Catalogue BDPM du %1 (%2), importé le %3&#xa0;: %4 spécialités, %5 présentations.</source>
        <translation>Catalogue BDPM du %1 (%2), importé le %3&#xa0;: %4 spécialités, %5 présentations.</translation>
    </message>
    <message>
        <source>Catalogue BDPM (%1), importé le %2&#xa0;: %3 spécialités, %4 présentations.</source>
        <translation>Catalogue BDPM (%1), importé le %2&#xa0;: %3 spécialités, %4 présentations.</translation>
    </message>
    <message>
        <source>Aucune spécialité ne correspond à «&#xa0;%1&#xa0;».</source>
        <translation>Aucune spécialité ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Rapport de l&apos;import…</source>
        <translation>Rapport de l&apos;import…</translation>
    </message>
    <message>
        <source>%1 (%2)&#xa0;: %3 lignes, %4 retenues, %5 refusées, %6 réparées.</source>
        <translation>%1 (%2)&#xa0;: %3 lignes, %4 retenues, %5 refusées, %6 réparées.</translation>
    </message>
    <message numerus="yes">
        <source>    %n code(s) CIS absent(s) de CIS_bdpm.txt (fichiers de dates différentes)&#xa0;: %1</source>
        <translation>
            <numerusform>    %n code CIS absent de CIS_bdpm.txt (fichiers de dates différentes)&#xa0;: %1</numerusform>
            <numerusform>    %n codes CIS absents de CIS_bdpm.txt (fichiers de dates différentes)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lignes refusées&#xa0;:</source>
        <translation>Lignes refusées&#xa0;:</translation>
    </message>
    <message>
        <source>%1, ligne %2&#xa0;: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rapport de l&apos;import du catalogue</source>
        <translation>Rapport de l&apos;import du catalogue</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::DuplicatesDialog</name>
    <message>
        <source>Même NIR</source>
        <translation>Même NIR</translation>
    </message>
    <message>
        <source>Mêmes traits d&apos;identité</source>
        <translation>Mêmes traits d&apos;identité</translation>
    </message>
    <message>
        <source>Prénoms inversés</source>
        <translation>Prénoms inversés</translation>
    </message>
    <message>
        <source>Nom d&apos;usage et nom de naissance croisés</source>
        <translation>Nom d&apos;usage et nom de naissance croisés</translation>
    </message>
    <message>
        <source>Nom proche, même date ou date voisine</source>
        <translation>Nom proche, même date ou date voisine</translation>
    </message>
    <message>
        <source>Dossiers proches</source>
        <translation>Dossiers proches</translation>
    </message>
    <message>
        <source>Ces dossiers pourraient être ceux de la même personne. Vérifiez avec elle avant de créer un nouveau dossier&#xa0;: un doublon disperse son historique.</source>
        <translation>Ces dossiers pourraient être ceux de la même personne. Vérifiez avec elle avant de créer un nouveau dossier&#xa0;: un doublon disperse son historique.</translation>
    </message>
    <message>
        <source>Ces dossiers pourraient être ceux de la même personne que le dossier ouvert.</source>
        <translation>Ces dossiers pourraient être ceux de la même personne que le dossier ouvert.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n an(s))</source>
        <translation>
            <numerusform>%1 (%n an)</numerusform>
            <numerusform>%1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ouvrir ce dossier</source>
        <translation>Ouvrir ce dossier</translation>
    </message>
    <message>
        <source>Créer quand même (personne différente)</source>
        <translation>Créer quand même (personne différente)</translation>
    </message>
    <message>
        <source>Fusionner dans le dossier ouvert…</source>
        <translation>Fusionner dans le dossier ouvert…</translation>
    </message>
    <message>
        <source>Retour à la saisie</source>
        <translation>Retour à la saisie</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::ImportDialog</name>
    <message>
        <source>Aucun fichier choisi.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Vérifier (essai à blanc)</source>
        <translation>Vérifier (essai à blanc)</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importer des patients d&apos;un autre logiciel</source>
        <translation>Importer des patients d&apos;un autre logiciel</translation>
    </message>
    <message>
        <source>Fichier CSV exporté par le logiciel précédent (séparateur&#xa0;; , ou tabulation, encodage détecté). Vérifiez sous chaque colonne le champ qu&apos;elle remplit&#xa0;: la vérification ne crée rien, elle liste chaque ligne refusée et pourquoi.</source>
        <translation>Fichier CSV exporté par le logiciel précédent (séparateur&#xa0;; , ou tabulation, encodage détecté). Vérifiez sous chaque colonne le champ qu&apos;elle remplit&#xa0;: la vérification ne crée rien, elle liste chaque ligne refusée et pourquoi.</translation>
    </message>
    <message>
        <source>Choisir le fichier…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Fichier à importer</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Lecture impossible&#xa0;: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n ligne(s), encodage %2, séparateur «&#xa0;%3&#xa0;»</source>
        <translation>
            <numerusform>%1 — %n ligne, encodage %2, séparateur «&#xa0;%3&#xa0;»</numerusform>
            <numerusform>%1 — %n lignes, encodage %2, séparateur «&#xa0;%3&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignorer)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Essai à blanc&#xa0;: %1 dossier(s) à importer, dont %2 proche(s) d&apos;un dossier existant (importés avec l&apos;attribut «&#xa0;Doublon potentiel&#xa0;» et proposés à la fusion)&#xa0;; %3 ligne(s) refusée(s), listées ci-dessous. Rien n&apos;a encore été enregistré.</source>
        <translation>Essai à blanc&#xa0;: %1 dossier(s) à importer, dont %2 proche(s) d&apos;un dossier existant (importés avec l&apos;attribut «&#xa0;Doublon potentiel&#xa0;» et proposés à la fusion)&#xa0;; %3 ligne(s) refusée(s), listées ci-dessous. Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Import des dossiers…</source>
        <translation>Import des dossiers…</translation>
    </message>
    <message>
        <source>Arrêter après le lot en cours</source>
        <translation>Arrêter après le lot en cours</translation>
    </message>
    <message>
        <source>Import interrompu&#xa0;: %1 Les lots déjà importés sont conservés.</source>
        <translation>Import interrompu&#xa0;: %1 Les lots déjà importés sont conservés.</translation>
    </message>
    <message>
        <source>Import arrêté à votre demande&#xa0;: %1 dossier(s) importé(s) en %2 lot(s)&#xa0;; les lots suivants n&apos;ont pas été importés.</source>
        <translation>Import arrêté à votre demande&#xa0;: %1 dossier(s) importé(s) en %2 lot(s)&#xa0;; les lots suivants n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>Import terminé&#xa0;: %1 dossier(s) importé(s) en %2 lot(s).</source>
        <translation>Import terminé&#xa0;: %1 dossier(s) importé(s) en %2 lot(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n doublon(s) potentiel(s) à examiner&#xa0;: recherchez l&apos;attribut «&#xa0;Doublon potentiel&#xa0;» dans leur dossier.</source>
        <translation>
            <numerusform>%n doublon potentiel à examiner&#xa0;: recherchez l&apos;attribut «&#xa0;Doublon potentiel&#xa0;» dans leur dossier.</numerusform>
            <numerusform>%n doublons potentiels à examiner&#xa0;: recherchez l&apos;attribut «&#xa0;Doublon potentiel&#xa0;» dans leur dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers importés&#xa0;: préparation de la recherche…</source>
        <translation>Dossiers importés&#xa0;: préparation de la recherche…</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::InsiDialog</name>
    <message>
        <source>Interroger le téléservice</source>
        <translation>Interroger le téléservice</translation>
    </message>
    <message>
        <source>Adopter l&apos;identité INSi</source>
        <translation>Adopter l&apos;identité INSi</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Téléservice INSi — %1</source>
        <translation>Téléservice INSi — %1</translation>
    </message>
    <message>
        <source>Le téléservice INSi de l&apos;Assurance maladie renvoie l&apos;identité nationale de santé (INS) et les traits de référence du patient. Il est interrogé avec votre carte CPS&#xa0;; l&apos;identité renvoyée n&apos;est adoptée qu&apos;après comparaison avec le patient et sa pièce d&apos;identité.</source>
        <translation>Le téléservice INSi de l&apos;Assurance maladie renvoie l&apos;identité nationale de santé (INS) et les traits de référence du patient. Il est interrogé avec votre carte CPS&#xa0;; l&apos;identité renvoyée n&apos;est adoptée qu&apos;après comparaison avec le patient et sa pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>Le dossier ne porte pas encore d&apos;INS.</source>
        <translation>Le dossier ne porte pas encore d&apos;INS.</translation>
    </message>
    <message>
        <source>Opération</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>13 caractères, sans la clé</source>
        <translation>13 caractères, sans la clé</translation>
    </message>
    <message>
        <source>AAAAMMJJ, telle que la carte la porte</source>
        <translation>AAAAMMJJ, telle que la carte la porte</translation>
    </message>
    <message>
        <source>N° de l&apos;assuré (ouvrant droit)</source>
        <translation>N° de l&apos;assuré (ouvrant droit)</translation>
    </message>
    <message>
        <source>Date de naissance du bénéficiaire</source>
        <translation>Date de naissance du bénéficiaire</translation>
    </message>
    <message>
        <source>Rang de naissance</source>
        <translation>Rang de naissance</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Trait</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Téléservice INSi</source>
        <translation>Téléservice INSi</translation>
    </message>
    <message>
        <source>Comparaison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>J&apos;ai comparé ces traits avec le patient présent et sa pièce d&apos;identité&#xa0;: il s&apos;agit bien de lui.</source>
        <translation>J&apos;ai comparé ces traits avec le patient présent et sa pièce d&apos;identité&#xa0;: il s&apos;agit bien de lui.</translation>
    </message>
    <message>
        <source>Le téléservice INSi n&apos;est pas configuré sur ce poste (officine.conf, section [insi])&#xa0;: l&apos;identité reste provisoire.</source>
        <translation>Le téléservice INSi n&apos;est pas configuré sur ce poste (officine.conf, section [insi])&#xa0;: l&apos;identité reste provisoire.</translation>
    </message>
    <message>
        <source>Le téléservice INSi s&apos;interroge avec votre carte CPS&#xa0;: connectez-vous avec votre carte.</source>
        <translation>Le téléservice INSi s&apos;interroge avec votre carte CPS&#xa0;: connectez-vous avec votre carte.</translation>
    </message>
    <message>
        <source>Le téléservice INSi va être interrogé avec votre carte CPS&#xa0;: saisissez votre code porteur.</source>
        <translation>Le téléservice INSi va être interrogé avec votre carte CPS&#xa0;: saisissez votre code porteur.</translation>
    </message>
    <message>
        <source>Interrogation du téléservice INSi…</source>
        <translation>Interrogation du téléservice INSi…</translation>
    </message>
    <message numerus="yes">
        <source>%n trait(s) diffère(nt) de ceux du dossier&#xa0;: l&apos;adoption les remplace, les valeurs saisies restent dans l&apos;historique.</source>
        <translation>
            <numerusform>%n trait diffère de ceux du dossier&#xa0;: l&apos;adoption le remplace, la valeur saisie reste dans l&apos;historique.</numerusform>
            <numerusform>%n traits diffèrent de ceux du dossier&#xa0;: l&apos;adoption les remplace, les valeurs saisies restent dans l&apos;historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Une pièce d&apos;identité est déjà contrôlée&#xa0;: l&apos;identité deviendra qualifiée.</source>
        <translation>Une pièce d&apos;identité est déjà contrôlée&#xa0;: l&apos;identité deviendra qualifiée.</translation>
    </message>
    <message>
        <source>Sans pièce d&apos;identité contrôlée, l&apos;identité deviendra récupérée.</source>
        <translation>Sans pièce d&apos;identité contrôlée, l&apos;identité deviendra récupérée.</translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>INS obtenu</source>
        <translation>INS obtenu</translation>
    </message>
    <message>
        <source>≠ différent</source>
        <translation>≠ différent</translation>
    </message>
    <message>
        <source>= identique</source>
        <translation>= identique</translation>
    </message>
    <message>
        <source>Identité INSi adoptée&#xa0;: le dossier porte désormais l&apos;INS et les traits de référence.</source>
        <translation>Identité INSi adoptée&#xa0;: le dossier porte désormais l&apos;INS et les traits de référence.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::LockScreen</name>
    <message>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;officine</source>
        <translation>Ouvrir l&apos;officine</translation>
    </message>
    <message>
        <source>Insérez votre carte CPS ou CPE</source>
        <translation>Insérez votre carte CPS ou CPE</translation>
    </message>
    <message>
        <source>Code porteur</source>
        <translation>Code porteur</translation>
    </message>
    <message>
        <source>4 chiffres</source>
        <translation>4 chiffres</translation>
    </message>
    <message>
        <source>Nouvelle officine</source>
        <translation>Nouvelle officine</translation>
    </message>
    <message>
        <source>N° FINESS de l&apos;officine (9 caractères)</source>
        <translation>N° FINESS de l&apos;officine (9 caractères)</translation>
    </message>
    <message>
        <source>Lecture de la carte…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>Vérification du code porteur et de la carte…</source>
        <translation>Vérification du code porteur et de la carte…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n essai(s) restant(s) avant le blocage de la carte.</source>
        <translation>
            <numerusform>%n essai restant avant le blocage de la carte.</numerusform>
            <numerusform>%n essais restants avant le blocage de la carte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, votre carte de pharmacien ouvre cette officine dont vous serez le titulaire. Confirmez son numéro FINESS.</source>
        <translation>%1, votre carte de pharmacien ouvre cette officine dont vous serez le titulaire. Confirmez son numéro FINESS.</translation>
    </message>
    <message>
        <source>Le poste est verrouillé&#xa0;: aucune donnée de santé n&apos;est affichée. Chaque membre de l&apos;équipe se connecte avec sa propre carte&#xa0;; retirer la carte verrouille le poste.</source>
        <translation>Le poste est verrouillé&#xa0;: aucune donnée de santé n&apos;est affichée. Chaque membre de l&apos;équipe se connecte avec sa propre carte&#xa0;; retirer la carte verrouille le poste.</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Carte oubliée&#xa0;?</source>
        <translation>Carte oubliée&#xa0;?</translation>
    </message>
    <message>
        <source>Connexion sans carte</source>
        <translation>Connexion sans carte</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Code à usage unique (6 chiffres)</source>
        <translation>Code à usage unique (6 chiffres)</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Aucun compte n&apos;est autorisé à se connecter sans carte&#xa0;: le titulaire l&apos;autorise compte par compte, depuis l&apos;Administration.</source>
        <translation>Aucun compte n&apos;est autorisé à se connecter sans carte&#xa0;: le titulaire l&apos;autorise compte par compte, depuis l&apos;Administration.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::MainWindow</name>
    <message>
        <source>Officine — Pharmacie de démonstration (données fictives)</source>
        <translation>Officine — Pharmacie de démonstration (données fictives)</translation>
    </message>
    <message>
        <source>Officine</source>
        <translation>Officine</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Aller à</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Rechercher un patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;Officine</source>
        <translation>À &amp;propos d&apos;Officine</translation>
    </message>
    <message>
        <source>Base chiffrée ouverte</source>
        <translation>Base chiffrée ouverte</translation>
    </message>
    <message>
        <source>SQLCipher AES-256, schéma %1</source>
        <translation>SQLCipher AES-256, schéma %1</translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) en attente</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation non configurée — %1</source>
        <translation>Synchronisation non configurée — %1</translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne non configurée</source>
        <translation>Sauvegarde quotidienne non configurée</translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Aucune sauvegarde à ce jour</source>
        <translation>Aucune sauvegarde à ce jour</translation>
    </message>
    <message>
        <source>Échec de la sauvegarde du %1</source>
        <translation>Échec de la sauvegarde du %1</translation>
    </message>
    <message>
        <source>Session verrouillée après une période d&apos;inactivité.</source>
        <translation>Session verrouillée après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Session verrouillée.</source>
        <translation>Session verrouillée.</translation>
    </message>
    <message>
        <source>&amp;Verrouiller le poste</source>
        <translation>&amp;Verrouiller le poste</translation>
    </message>
    <message>
        <source>Pharmacie de démonstration&#xa0;: toutes les personnes et données affichées sont fictives.</source>
        <translation>Pharmacie de démonstration&#xa0;: toutes les personnes et données affichées sont fictives.</translation>
    </message>
    <message>
        <source>Carte retirée&#xa0;: session verrouillée.</source>
        <translation>Carte retirée&#xa0;: session verrouillée.</translation>
    </message>
    <message>
        <source>Session&#xa0;: %1</source>
        <translation>Session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Poste verrouillé&#xa0;: réinsérez votre carte</source>
        <translation>Poste verrouillé&#xa0;: réinsérez votre carte</translation>
    </message>
    <message>
        <source>Aucune session&#xa0;: insérez votre carte CPS ou CPE</source>
        <translation>Aucune session&#xa0;: insérez votre carte CPS ou CPE</translation>
    </message>
    <message>
        <source>Dernière sauvegarde&#xa0;: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dernière sauvegarde&#xa0;: %1 (en retard)</source>
        <translation>Dernière sauvegarde&#xa0;: %1 (en retard)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Démonstration&lt;/b&gt;&#xa0;: insérez une carte émulée depuis un terminal avec &lt;code&gt;scripts/demo-card.sh insert titulaire&lt;/code&gt; (code porteur 1234), &lt;code&gt;pharmacien&lt;/code&gt; (2345) ou &lt;code&gt;preparateur&lt;/code&gt; (3456)&#xa0;; &lt;code&gt;scripts/demo-card.sh remove&lt;/code&gt; la retire.</source>
        <translation>&lt;b&gt;Démonstration&lt;/b&gt;&#xa0;: insérez une carte émulée depuis un terminal avec &lt;code&gt;scripts/demo-card.sh insert titulaire&lt;/code&gt; (code porteur 1234), &lt;code&gt;pharmacien&lt;/code&gt; (2345) ou &lt;code&gt;preparateur&lt;/code&gt; (3456)&#xa0;; &lt;code&gt;scripts/demo-card.sh remove&lt;/code&gt; la retire.</translation>
    </message>
    <message>
        <source>Connexion sans &amp;carte…</source>
        <translation>Connexion sans &amp;carte…</translation>
    </message>
    <message>
        <source>Journal de traçabilité</source>
        <translation>Journal de traçabilité</translation>
    </message>
    <message>
        <source>La vérification du journal de traçabilité a échoué&#xa0;: des entrées ont été modifiées, supprimées ou réordonnées en dehors d&apos;Officine.</source>
        <translation>La vérification du journal de traçabilité a échoué&#xa0;: des entrées ont été modifiées, supprimées ou réordonnées en dehors d&apos;Officine.</translation>
    </message>
    <message>
        <source>%1

Conservez les sauvegardes antérieures, exportez le journal (officine-cli audit export) et signalez l&apos;incident à votre prestataire et, s&apos;il s&apos;agit d&apos;une violation de données personnelles, à la CNIL dans les 72 heures (RGPD, article 33).</source>
        <translation>%1

Conservez les sauvegardes antérieures, exportez le journal (officine-cli audit export) et signalez l&apos;incident à votre prestataire et, s&apos;il s&apos;agit d&apos;une violation de données personnelles, à la CNIL dans les 72 heures (RGPD, article 33).</translation>
    </message>
    <message>
        <source>Le journal de traçabilité n&apos;a pas pu être vérifié au démarrage.</source>
        <translation>Le journal de traçabilité n&apos;a pas pu être vérifié au démarrage.</translation>
    </message>
    <message>
        <source>%1

Vérifiez-le avec «&#xa0;officine-cli audit verify&#xa0;».</source>
        <translation>%1

Vérifiez-le avec «&#xa0;officine-cli audit verify&#xa0;».</translation>
    </message>
    <message>
        <source>Journal de traçabilité signé par la carte jusqu&apos;à l&apos;entrée n° %1.</source>
        <translation>Journal de traçabilité signé par la carte jusqu&apos;à l&apos;entrée n° %1.</translation>
    </message>
    <message>
        <source>Le journal n&apos;a pas été signé&#xa0;: %1</source>
        <translation>Le journal n&apos;a pas été signé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Si&amp;gner le journal de traçabilité…</source>
        <translation>Si&amp;gner le journal de traçabilité…</translation>
    </message>
    <message>
        <source>Le journal de traçabilité de ce poste va être signé avec votre carte CPS, insérée dans le lecteur %1&#xa0;: saisissez votre code porteur.</source>
        <translation>Le journal de traçabilité de ce poste va être signé avec votre carte CPS, insérée dans le lecteur %1&#xa0;: saisissez votre code porteur.</translation>
    </message>
    <message>
        <source>Signature du journal par la carte…</source>
        <translation>Signature du journal par la carte…</translation>
    </message>
    <message>
        <source>Traçabilité&#xa0;: vérification en cours…</source>
        <translation>Traçabilité&#xa0;: vérification en cours…</translation>
    </message>
    <message>
        <source>Traçabilité intacte</source>
        <translation>Traçabilité intacte</translation>
    </message>
    <message>
        <source>Traçabilité ALTÉRÉE</source>
        <translation>Traçabilité ALTÉRÉE</translation>
    </message>
    <message>
        <source>Traçabilité non vérifiée</source>
        <translation>Traçabilité non vérifiée</translation>
    </message>
    <message>
        <source>S&amp;ynchronisation…</source>
        <translation>S&amp;ynchronisation…</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::OwnCredentialsDialog</name>
    <message>
        <source>Connexion sans carte</source>
        <translation>Connexion sans carte</translation>
    </message>
    <message>
        <source>code à 6 chiffres de l&apos;application</source>
        <translation>code à 6 chiffres de l&apos;application</translation>
    </message>
    <message>
        <source>Pour les jours où votre carte est restée chez vous&#xa0;: un mot de passe et un code à usage unique d&apos;une application d&apos;authentification (FreeOTP, Aegis…). Le titulaire doit ensuite autoriser ce mode pour votre compte&#xa0;; chaque connexion sans carte est enregistrée.</source>
        <translation>Pour les jours où votre carte est restée chez vous&#xa0;: un mot de passe et un code à usage unique d&apos;une application d&apos;authentification (FreeOTP, Aegis…). Le titulaire doit ensuite autoriser ce mode pour votre compte&#xa0;; chaque connexion sans carte est enregistrée.</translation>
    </message>
    <message>
        <source>Clé à saisir à la main&#xa0;: %1</source>
        <translation>Clé à saisir à la main&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mot de passe&#xa0;:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirmation&#xa0;:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Code affiché&#xa0;:</source>
        <translation>Code affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Les deux saisies du mot de passe diffèrent.</source>
        <translation>Les deux saisies du mot de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PatientFileView</name>
    <message>
        <source>← Liste des patients</source>
        <translation>← Liste des patients</translation>
    </message>
    <message>
        <source>Revenir à la recherche (Échap)</source>
        <translation>Revenir à la recherche (Échap)</translation>
    </message>
    <message>
        <source>Déposez une photo ici, ou choisissez-la dans l&apos;onglet Données cliniques</source>
        <translation>Déposez une photo ici, ou choisissez-la dans l&apos;onglet Données cliniques</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Données cliniques</source>
        <translation>Données cliniques</translation>
    </message>
    <message>
        <source>Historique des modifications</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Droits du patient</source>
        <translation>Droits du patient</translation>
    </message>
    <message>
        <source>Historique des accès</source>
        <translation>Historique des accès</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Annuler les modifications</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Traits stricts (pièce d&apos;identité, INSi)</source>
        <translation>Traits stricts (pièce d&apos;identité, INSi)</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>tous, dans l&apos;ordre de la pièce</source>
        <translation>tous, dans l&apos;ordre de la pièce</translation>
    </message>
    <message>
        <source>Premier prénom</source>
        <translation>Premier prénom</translation>
    </message>
    <message>
        <source>le premier de la liste</source>
        <translation>le premier de la liste</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA, 00 si inconnu</source>
        <translation>JJ/MM/AAAA, 00 si inconnu</translation>
    </message>
    <message>
        <source>Lieu de naissance (code INSEE)</source>
        <translation>Lieu de naissance (code INSEE)</translation>
    </message>
    <message>
        <source>commune (75115, 2A004) ou 99 + pays (99109)</source>
        <translation>commune (75115, 2A004) ou 99 + pays (99109)</translation>
    </message>
    <message>
        <source>Traits complémentaires</source>
        <translation>Traits complémentaires</translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Prénom utilisé</source>
        <translation>Prénom utilisé</translation>
    </message>
    <message>
        <source>Identifiant national de santé</source>
        <translation>Identifiant national de santé</translation>
    </message>
    <message>
        <source>Matricule INS (NIR)</source>
        <translation>Matricule INS (NIR)</translation>
    </message>
    <message>
        <source>15 caractères, clé comprise</source>
        <translation>15 caractères, clé comprise</translation>
    </message>
    <message>
        <source>Vigilance d&apos;identité</source>
        <translation>Vigilance d&apos;identité</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée…</source>
        <translation>Pièce d&apos;identité contrôlée…</translation>
    </message>
    <message>
        <source>Rechercher les doublons…</source>
        <translation>Rechercher les doublons…</translation>
    </message>
    <message>
        <source>Attributs d&apos;identité</source>
        <translation>Attributs d&apos;identité</translation>
    </message>
    <message>
        <source>Rectification d&apos;identité</source>
        <translation>Rectification d&apos;identité</translation>
    </message>
    <message>
        <source>Déclaration du patient</source>
        <translation>Déclaration du patient</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Équipe de l&apos;officine</source>
        <translation>Équipe de l&apos;officine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>obligatoire pour rectifier l&apos;identité</source>
        <translation>obligatoire pour rectifier l&apos;identité</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>bâtiment, étage…</source>
        <translation>bâtiment, étage…</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Téléphone fixe</source>
        <translation>Téléphone fixe</translation>
    </message>
    <message>
        <source>01 23 45 67 89 ou +33…</source>
        <translation>01 23 45 67 89 ou +33…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>06 ou 07…</source>
        <translation>06 ou 07…</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>nom@domaine.fr</source>
        <translation>nom@domaine.fr</translation>
    </message>
    <message>
        <source>Allergies et intolérances</source>
        <translation>Allergies et intolérances</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Substance ou médicament</source>
        <translation>Substance ou médicament</translation>
    </message>
    <message>
        <source>Réaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>11 chiffres</source>
        <translation>11 chiffres</translation>
    </message>
    <message>
        <source>Établissement (EHPAD…)</source>
        <translation>Établissement (EHPAD…)</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>9 caractères</source>
        <translation>9 caractères</translation>
    </message>
    <message>
        <source>Chambre</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Choisir une photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Retirer la photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Chaque modification de l&apos;identité, des coordonnées ou des données cliniques, avec les valeurs précédentes, qui l&apos;a faite, quand, pourquoi et sur quelle source.</source>
        <translation>Chaque modification de l&apos;identité, des coordonnées ou des données cliniques, avec les valeurs précédentes, qui l&apos;a faite, quand, pourquoi et sur quelle source.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Directives post-mortem…</source>
        <translation>Directives post-mortem…</translation>
    </message>
    <message>
        <source>Demande d&apos;effacement…</source>
        <translation>Demande d&apos;effacement…</translation>
    </message>
    <message>
        <source>Demandes et décisions du patient</source>
        <translation>Demandes et décisions du patient</translation>
    </message>
    <message>
        <source>Droit</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Saisissez l&apos;identité telle qu&apos;elle figure sur la pièce d&apos;identité&#xa0;; les dossiers proches sont proposés avant la création.</source>
        <translation>Saisissez l&apos;identité telle qu&apos;elle figure sur la pièce d&apos;identité&#xa0;; les dossiers proches sont proposés avant la création.</translation>
    </message>
    <message>
        <source>Le dossier sera créé avec une identité provisoire&#xa0;; la pièce d&apos;identité et l&apos;INSi l&apos;élèveront ensuite.</source>
        <translation>Le dossier sera créé avec une identité provisoire&#xa0;; la pièce d&apos;identité et l&apos;INSi l&apos;élèveront ensuite.</translation>
    </message>
    <message>
        <source>Né le %1</source>
        <translation>Né le %1</translation>
    </message>
    <message>
        <source>Née le %1</source>
        <translation>Née le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n an(s))</source>
        <translation>
            <numerusform>%1 (%n an)</numerusform>
            <numerusform>%1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>NIR %1</source>
        <translation>NIR %1</translation>
    </message>
    <message>
        <source>Pièce contrôlée&#xa0;: %1, par %2 le %3.</source>
        <translation>Pièce contrôlée&#xa0;: %1, par %2 le %3.</translation>
    </message>
    <message>
        <source>Pièce du parent&#xa0;: %1.</source>
        <translation>Pièce du parent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Dossier limité depuis le %1 à la demande du patient&#xa0;: consultation seule, aucune modification tant que la limitation n&apos;est pas levée. Motif&#xa0;: %2</source>
        <translation>Dossier limité depuis le %1 à la demande du patient&#xa0;: consultation seule, aucune modification tant que la limitation n&apos;est pas levée. Motif&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opposition au partage enregistrée le %1.</source>
        <translation>Opposition au partage enregistrée le %1.</translation>
    </message>
    <message>
        <source>Consentement au partage retiré le %1.</source>
        <translation>Consentement au partage retiré le %1.</translation>
    </message>
    <message>
        <source>Attribut d&apos;identité&#xa0;: %1.</source>
        <translation>Attribut d&apos;identité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Limitation&#xa0;: en cours depuis le %1.</source>
        <translation>Limitation&#xa0;: en cours depuis le %1.</translation>
    </message>
    <message>
        <source>Limitation&#xa0;: aucune.</source>
        <translation>Limitation&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>Opposition au partage&#xa0;: depuis le %1.</source>
        <translation>Opposition au partage&#xa0;: depuis le %1.</translation>
    </message>
    <message>
        <source>Opposition au partage&#xa0;: aucune.</source>
        <translation>Opposition au partage&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>Consentement au partage&#xa0;: retiré le %1.</source>
        <translation>Consentement au partage&#xa0;: retiré le %1.</translation>
    </message>
    <message>
        <source>Consentement au partage&#xa0;: donné.</source>
        <translation>Consentement au partage&#xa0;: donné.</translation>
    </message>
    <message>
        <source>Directives post-mortem&#xa0;: aucune.</source>
        <translation>Directives post-mortem&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>Directives post-mortem (%1)&#xa0;: %2</source>
        <translation>Directives post-mortem (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lever la limitation…</source>
        <translation>Lever la limitation…</translation>
    </message>
    <message>
        <source>Limiter le dossier…</source>
        <translation>Limiter le dossier…</translation>
    </message>
    <message>
        <source>Lever l&apos;opposition</source>
        <translation>Lever l&apos;opposition</translation>
    </message>
    <message>
        <source>Opposition au partage…</source>
        <translation>Opposition au partage…</translation>
    </message>
    <message>
        <source>Consentement donné à nouveau</source>
        <translation>Consentement donné à nouveau</translation>
    </message>
    <message>
        <source>Retrait du consentement…</source>
        <translation>Retrait du consentement…</translation>
    </message>
    <message>
        <source>(dossier fusionné)</source>
        <translation>(dossier fusionné)</translation>
    </message>
    <message>
        <source>Conservation obligatoire jusqu&apos;au %1</source>
        <translation>Conservation obligatoire jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Faite</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Pas de
photo</source>
        <translation>Pas de
photo</translation>
    </message>
    <message>
        <source>Allergie</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Intolérance</source>
        <translation>Intolérance</translation>
    </message>
    <message>
        <source>Créer le dossier</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Corrigez les champs signalés en rouge&#xa0;: rien n&apos;a été enregistré.</source>
        <translation>Corrigez les champs signalés en rouge&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Création suspendue&#xa0;: rien n&apos;a été enregistré.</source>
        <translation>Création suspendue&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Dossier créé.</source>
        <translation>Dossier créé.</translation>
    </message>
    <message>
        <source>Aucune modification à enregistrer.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>Photo du patient</source>
        <translation>Photo du patient</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue&#xa0;: choisissez un fichier JPEG ou PNG.</source>
        <translation>Cette image ne peut pas être lue&#xa0;: choisissez un fichier JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée</source>
        <translation>Pièce d&apos;identité contrôlée</translation>
    </message>
    <message>
        <source>Vous avez vu l&apos;original de la pièce et vérifié qu&apos;elle correspond aux traits stricts du dossier et à la personne présente.</source>
        <translation>Vous avez vu l&apos;original de la pièce et vérifié qu&apos;elle correspond aux traits stricts du dossier et à la personne présente.</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Pièce du parent (mineur)</source>
        <translation>Pièce du parent (mineur)</translation>
    </message>
    <message>
        <source>Enregistrer le contrôle</source>
        <translation>Enregistrer le contrôle</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Aucun dossier proche de celui-ci.</source>
        <translation>Aucun dossier proche de celui-ci.</translation>
    </message>
    <message>
        <source>Fusionner les dossiers</source>
        <translation>Fusionner les dossiers</translation>
    </message>
    <message>
        <source>Le dossier choisi sera absorbé par celui-ci, qui garde son identité&#xa0;; son historique et ses demandes y seront rattachés.
Motif de la fusion&#xa0;:</source>
        <translation>Le dossier choisi sera absorbé par celui-ci, qui garde son identité&#xa0;; son historique et ses demandes y seront rattachés.
Motif de la fusion&#xa0;:</translation>
    </message>
    <message>
        <source>Limiter le dossier</source>
        <translation>Limiter le dossier</translation>
    </message>
    <message>
        <source>Lever la limitation</source>
        <translation>Lever la limitation</translation>
    </message>
    <message>
        <source>Le dossier ne pourra plus être modifié jusqu&apos;à la levée de la limitation.
Motif (contestation de l&apos;exactitude, opposition en cours…)&#xa0;:</source>
        <translation>Le dossier ne pourra plus être modifié jusqu&apos;à la levée de la limitation.
Motif (contestation de l&apos;exactitude, opposition en cours…)&#xa0;:</translation>
    </message>
    <message>
        <source>Motif de la levée&#xa0;:</source>
        <translation>Motif de la levée&#xa0;:</translation>
    </message>
    <message>
        <source>Opposition au partage</source>
        <translation>Opposition au partage</translation>
    </message>
    <message>
        <source>Le patient s&apos;oppose au partage de ses données avec son cercle de soins.
Précisions (facultatif)&#xa0;:</source>
        <translation>Le patient s&apos;oppose au partage de ses données avec son cercle de soins.
Précisions (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Retrait du consentement</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Le patient retire son consentement au partage de ses données de santé.
Précisions (facultatif)&#xa0;:</source>
        <translation>Le patient retire son consentement au partage de ses données de santé.
Précisions (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Directives post-mortem</source>
        <translation>Directives post-mortem</translation>
    </message>
    <message>
        <source>Ce que le patient demande pour ses données après son décès (conservation, effacement, communication à une personne désignée)&#xa0;:</source>
        <translation>Ce que le patient demande pour ses données après son décès (conservation, effacement, communication à une personne désignée)&#xa0;:</translation>
    </message>
    <message>
        <source>Demande d&apos;effacement</source>
        <translation>Demande d&apos;effacement</translation>
    </message>
    <message>
        <source>La demande est enregistrée dans tous les cas. Si aucune durée légale de conservation ne court, le dossier sera effacé définitivement (seule une trace sans donnée de santé subsiste).
Forme de la demande (courrier, au comptoir…)&#xa0;:</source>
        <translation>La demande est enregistrée dans tous les cas. Si aucune durée légale de conservation ne court, le dossier sera effacé définitivement (seule une trace sans donnée de santé subsiste).
Forme de la demande (courrier, au comptoir…)&#xa0;:</translation>
    </message>
    <message>
        <source>Dossier effacé</source>
        <translation>Dossier effacé</translation>
    </message>
    <message>
        <source>Le dossier a été effacé. La demande reste inscrite dans le registre des droits.</source>
        <translation>Le dossier a été effacé. La demande reste inscrite dans le registre des droits.</translation>
    </message>
    <message>
        <source>Copie du dossier pour le patient (PDF)…</source>
        <translation>Copie du dossier pour le patient (PDF)…</translation>
    </message>
    <message>
        <source>Export portable (FHIR R4, JSON)…</source>
        <translation>Export portable (FHIR R4, JSON)…</translation>
    </message>
    <message>
        <source>Copie du dossier patient</source>
        <translation>Copie du dossier patient</translation>
    </message>
    <message>
        <source>Écriture du fichier impossible.</source>
        <translation>Écriture du fichier impossible.</translation>
    </message>
    <message>
        <source>Copie du dossier pour le patient</source>
        <translation>Copie du dossier pour le patient</translation>
    </message>
    <message>
        <source>copie-dossier.pdf</source>
        <translation>copie-dossier.pdf</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Copie du dossier enregistrée&#xa0;; la remise est inscrite dans les droits du patient.</source>
        <translation>Copie du dossier enregistrée&#xa0;; la remise est inscrite dans les droits du patient.</translation>
    </message>
    <message>
        <source>Export portable du dossier</source>
        <translation>Export portable du dossier</translation>
    </message>
    <message>
        <source>dossier-patient.json</source>
        <translation>dossier-patient.json</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Export FHIR enregistré&#xa0;; il est inscrit dans les droits du patient.</source>
        <translation>Export FHIR enregistré&#xa0;; il est inscrit dans les droits du patient.</translation>
    </message>
    <message>
        <source>Interroger l&apos;INSi…</source>
        <translation>Interroger l&apos;INSi…</translation>
    </message>
    <message>
        <source>Récupérer ou vérifier l&apos;INS auprès du téléservice INSi, avec votre carte CPS.</source>
        <translation>Récupérer ou vérifier l&apos;INS auprès du téléservice INSi, avec votre carte CPS.</translation>
    </message>
    <message>
        <source>Enregistrez d&apos;abord les modifications en cours&#xa0;: le téléservice est interrogé avec les traits enregistrés du dossier.</source>
        <translation>Enregistrez d&apos;abord les modifications en cours&#xa0;: le téléservice est interrogé avec les traits enregistrés du dossier.</translation>
    </message>
    <message>
        <source>Résultat INSi enregistré.</source>
        <translation>Résultat INSi enregistré.</translation>
    </message>
    <message>
        <source>INSi&#xa0;: %1, par %2 le %3.</source>
        <translation>INSi&#xa0;: %1, par %2 le %3.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PatientTableModel</name>
    <message numerus="yes">
        <source>%1 (%n an(s))</source>
        <translation>
            <numerusform>%1 (%n an)</numerusform>
            <numerusform>%1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>%1 (dit %2)</source>
        <translation>%1 (dit %2)</translation>
    </message>
    <message>
        <source>%1 · limité</source>
        <translation>%1 · limité</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identité</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) dans l&apos;officine</source>
        <translation>
            <numerusform>%n patient dans l&apos;officine</numerusform>
            <numerusform>%n patients dans l&apos;officine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n affiché(s)&#xa0;; tapez un nom pour chercher.</source>
        <translation>
            <numerusform> — %n affiché&#xa0;; tapez un nom pour chercher.</numerusform>
            <numerusform> — %n affichés&#xa0;; tapez un nom pour chercher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus de %n résultats&#xa0;: précisez la recherche.</source>
        <translation>
            <numerusform>Plus de %n résultats&#xa0;: précisez la recherche.</numerusform>
            <numerusform>Plus de %n résultats&#xa0;: précisez la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Nom, prénom, date de naissance (12/03/1948, 120348, 03/1948) ou NIR — ↓ puis Entrée pour ouvrir</source>
        <translation>Nom, prénom, date de naissance (12/03/1948, 120348, 03/1948) ou NIR — ↓ puis Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>Créer un dossier (Ctrl+N)</source>
        <translation>Créer un dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Les modifications saisies dans ce dossier n&apos;ont pas été enregistrées.</source>
        <translation>Les modifications saisies dans ce dossier n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Revenir au dossier</source>
        <translation>Revenir au dossier</translation>
    </message>
    <message>
        <source>Abandonner les modifications</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Importer les patients d&apos;un autre logiciel (fichier CSV)</source>
        <translation>Importer les patients d&apos;un autre logiciel (fichier CSV)</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PinDialog</name>
    <message>
        <source>Code porteur</source>
        <translation>Code porteur</translation>
    </message>
    <message>
        <source>4 chiffres</source>
        <translation>4 chiffres</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PlaceholderPage</name>
    <message>
        <source>Cette partie d&apos;Officine arrive dans une prochaine version.</source>
        <translation>Cette partie d&apos;Officine arrive dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PosologyEdit</name>
    <message>
        <source>Posologie&#xa0;: 1-0-1 pendant 7 jours, 1 cp si besoin max 3/j…</source>
        <translation>Posologie&#xa0;: 1-0-1 pendant 7 jours, 1 cp si besoin max 3/j…</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::RetentionDialog</name>
    <message>
        <source>Durées de conservation</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Chaque catégorie reste d&apos;abord dans la base active, puis passe en archive&#xa0;: les dossiers archivés disparaissent des écrans et des recherches, et ne s&apos;ouvrent que sur une justification écrite, tracée. À la fin de l&apos;archive, ils sont supprimés ou anonymisés. Les durées ne peuvent pas descendre sous le minimum légal.</source>
        <translation>Chaque catégorie reste d&apos;abord dans la base active, puis passe en archive&#xa0;: les dossiers archivés disparaissent des écrans et des recherches, et ne s&apos;ouvrent que sur une justification écrite, tracée. À la fin de l&apos;archive, ils sont supprimés ou anonymisés. Les durées ne peuvent pas descendre sous le minimum légal.</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Base active</source>
        <translation>Base active</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>À l&apos;échéance</source>
        <translation>À l&apos;échéance</translation>
    </message>
    <message>
        <source>Minimum légal</source>
        <translation>Minimum légal</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>%1 au total</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>Seul le titulaire peut modifier les durées de conservation.</source>
        <translation>Seul le titulaire peut modifier les durées de conservation.</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::SettingsDialog</name>
    <message>
        <source>Paramètres de l&apos;officine</source>
        <translation>Paramètres de l&apos;officine</translation>
    </message>
    <message>
        <source>Disque réseau (NAS) ou support amovible</source>
        <translation>Disque réseau (NAS) ou support amovible</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source> sauvegardes</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Laisser vide pour garder l&apos;actuelle</source>
        <translation>Laisser vide pour garder l&apos;actuelle</translation>
    </message>
    <message>
        <source>Une phrase de passe est enregistrée dans le trousseau du système.</source>
        <translation>Une phrase de passe est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Aucune phrase de passe&#xa0;: la sauvegarde quotidienne ne peut pas fonctionner.</source>
        <translation>Aucune phrase de passe&#xa0;: la sauvegarde quotidienne ne peut pas fonctionner.</translation>
    </message>
    <message>
        <source>Général</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Langue (au prochain démarrage)&#xa0;:</source>
        <translation>Langue (au prochain démarrage)&#xa0;:</translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne chiffrée</source>
        <translation>Sauvegarde quotidienne chiffrée</translation>
    </message>
    <message>
        <source>Dossier&#xa0;:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Conserver&#xa0;:</source>
        <translation>Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>À partir de&#xa0;:</source>
        <translation>À partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Phrase de passe&#xa0;:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirmation&#xa0;:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>La phrase de passe protège les sauvegardes hors du poste&#xa0;; elle seule permet de restaurer sur un nouveau poste après la perte de celui-ci. Notez-la et gardez-la en lieu sûr.</source>
        <translation>La phrase de passe protège les sauvegardes hors du poste&#xa0;; elle seule permet de restaurer sur un nouveau poste après la perte de celui-ci. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Serveur Officine (hébergeur HDS)&#xa0;:</source>
        <translation>Serveur Officine (hébergeur HDS)&#xa0;:</translation>
    </message>
    <message>
        <source>Seul le titulaire peut modifier ces paramètres.</source>
        <translation>Seul le titulaire peut modifier ces paramètres.</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase de passe diffèrent.</source>
        <translation>Les deux saisies de la phrase de passe diffèrent.</translation>
    </message>
    <message>
        <source> secondes</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Verrouillage du poste après cette durée sans activité. Le guide RGPD des professionnels de santé recommande 30 secondes pour un écran partagé.</source>
        <translation>Verrouillage du poste après cette durée sans activité. Le guide RGPD des professionnels de santé recommande 30 secondes pour un écran partagé.</translation>
    </message>
    <message>
        <source>Verrouillage après inactivité&#xa0;:</source>
        <translation>Verrouillage après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Module PKCS#11 des cartes&#xa0;:</source>
        <translation>Module PKCS#11 des cartes&#xa0;:</translation>
    </message>
    <message>
        <source>profil de carte d&apos;Officine (aucun module PKCS#11)</source>
        <translation>profil de carte d&apos;Officine (aucun module PKCS#11)</translation>
    </message>
    <message>
        <source>Fixé par le profil de démonstration.</source>
        <translation>Fixé par le profil de démonstration.</translation>
    </message>
    <message>
        <source>Fixé par l&apos;administrateur du poste dans %1.</source>
        <translation>Fixé par l&apos;administrateur du poste dans %1.</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>non configuré</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::StaffAccountDialog</name>
    <message>
        <source>Lire la carte</source>
        <translation>Lire la carte</translation>
    </message>
    <message>
        <source>Aucune carte associée.</source>
        <translation>Aucune carte associée.</translation>
    </message>
    <message>
        <source>Nouveau compte de l&apos;équipe</source>
        <translation>Nouveau compte de l&apos;équipe</translation>
    </message>
    <message>
        <source>11 chiffres (pharmaciens)</source>
        <translation>11 chiffres (pharmaciens)</translation>
    </message>
    <message>
        <source>Nom&#xa0;:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Prénom&#xa0;:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Rôle&#xa0;:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>RPPS&#xa0;:</source>
        <translation>RPPS&#xa0;:</translation>
    </message>
    <message>
        <source>Carte dans le lecteur&#xa0;:</source>
        <translation>Carte dans le lecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Gardez votre carte dans son lecteur&#xa0;; insérez la carte CPS ou CPE du nouveau membre dans un autre lecteur, puis «&#xa0;Lire la carte&#xa0;».</source>
        <translation>Gardez votre carte dans son lecteur&#xa0;; insérez la carte CPS ou CPE du nouveau membre dans un autre lecteur, puis «&#xa0;Lire la carte&#xa0;».</translation>
    </message>
    <message>
        <source>Carte de %1 %2 (identifiant %3), valable jusqu&apos;au %4.</source>
        <translation>Carte de %1 %2 (identifiant %3), valable jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>Aucune autre carte insérée</source>
        <translation>Aucune autre carte insérée</translation>
    </message>
    <message>
        <source>Lecture de la carte…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>Compte de %1</source>
        <translation>Compte de %1</translation>
    </message>
    <message>
        <source>Carte associée&#xa0;: identifiant %1.</source>
        <translation>Carte associée&#xa0;: identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::SyncDialog</name>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Suppressions à confirmer</source>
        <translation>Suppressions à confirmer</translation>
    </message>
    <message>
        <source>Confirmer les suppressions</source>
        <translation>Confirmer les suppressions</translation>
    </message>
    <message>
        <source>Conflits à résoudre</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Garder la valeur de ce poste</source>
        <translation>Garder la valeur de ce poste</translation>
    </message>
    <message>
        <source>Prendre la valeur de l&apos;autre poste</source>
        <translation>Prendre la valeur de l&apos;autre poste</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Valeur de ce poste</source>
        <translation>Valeur de ce poste</translation>
    </message>
    <message>
        <source>Valeur de l&apos;autre poste</source>
        <translation>Valeur de l&apos;autre poste</translation>
    </message>
    <message>
        <source>Modifiée par</source>
        <translation>Modifiée par</translation>
    </message>
    <message>
        <source>Le</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Le même champ a été modifié sur ce poste et sur un autre. Tant que vous n&apos;avez pas choisi, ce poste garde sa valeur et n&apos;envoie pas ce dossier. Sélectionnez une ou plusieurs lignes, puis choisissez la valeur à retenir.</source>
        <translation>Le même champ a été modifié sur ce poste et sur un autre. Tant que vous n&apos;avez pas choisi, ce poste garde sa valeur et n&apos;envoie pas ce dossier. Sélectionnez une ou plusieurs lignes, puis choisissez la valeur à retenir.</translation>
    </message>
    <message>
        <source>Dernières synchronisations</source>
        <translation>Dernières synchronisations</translation>
    </message>
    <message>
        <source>Dernière synchronisation réussie&#xa0;: %1</source>
        <translation>Dernière synchronisation réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prochain essai&#xa0;: %1</source>
        <translation>Prochain essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Serveur&#xa0;: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Le serveur supprimerait %1 enregistrement(s) sur les %2 de ce poste (%3). Rien n&apos;a été supprimé&#xa0;: le titulaire vérifie d&apos;abord que ces suppressions sont voulues.</source>
        <translation>Le serveur supprimerait %1 enregistrement(s) sur les %2 de ce poste (%3). Rien n&apos;a été supprimé&#xa0;: le titulaire vérifie d&apos;abord que ces suppressions sont voulues.</translation>
    </message>
    <message>
        <source>dossiers patients</source>
        <translation>dossiers patients</translation>
    </message>
    <message>
        <source>%1 (poste …%2)</source>
        <translation>%1 (poste …%2)</translation>
    </message>
    <message>
        <source>Aucun conflit à résoudre</source>
        <translation>Aucun conflit à résoudre</translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à résoudre</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers à fusionner</source>
        <translation>Dossiers à fusionner</translation>
    </message>
    <message>
        <source>Fusionner les deux dossiers</source>
        <translation>Fusionner les deux dossiers</translation>
    </message>
    <message>
        <source>Ce sont deux personnes différentes</source>
        <translation>Ce sont deux personnes différentes</translation>
    </message>
    <message>
        <source>Dossier conservé</source>
        <translation>Dossier conservé</translation>
    </message>
    <message>
        <source>Dossier fusionné dans le premier</source>
        <translation>Dossier fusionné dans le premier</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Ces dossiers ont été créés sur ce poste et sur un autre pendant que ni l&apos;un ni l&apos;autre ne voyait le dossier de l&apos;autre. S&apos;il s&apos;agit de la même personne, fusionnez-les&#xa0;: le dossier créé le premier est conservé et reçoit ce qui manquait.</source>
        <translation>Ces dossiers ont été créés sur ce poste et sur un autre pendant que ni l&apos;un ni l&apos;autre ne voyait le dossier de l&apos;autre. S&apos;il s&apos;agit de la même personne, fusionnez-les&#xa0;: le dossier créé le premier est conservé et reçoit ce qui manquait.</translation>
    </message>
    <message numerus="yes">
        <source>%n paire(s) de dossiers à fusionner&#xa0;?</source>
        <translation>
            <numerusform>%n paire de dossiers à fusionner&#xa0;?</numerusform>
            <numerusform>%n paires de dossiers à fusionner&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Officine::Ui::Workspace</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Ordonnances</source>
        <translation>Ordonnances</translation>
    </message>
    <message>
        <source>Préparation des piluliers</source>
        <translation>Préparation des piluliers</translation>
    </message>
    <message>
        <source>Cercle de soins</source>
        <translation>Cercle de soins</translation>
    </message>
    <message>
        <source>Traçabilité</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Préparation des doses à administrer semaine par semaine, traçabilité de chaque boîte par son code DataMatrix (code produit, lot, péremption, numéro de série) et double contrôle par un pharmacien.</source>
        <translation>Préparation des doses à administrer semaine par semaine, traçabilité de chaque boîte par son code DataMatrix (code produit, lot, péremption, numéro de série) et double contrôle par un pharmacien.</translation>
    </message>
    <message>
        <source>Accès en lecture ou en écriture accordés aux aidants, infirmiers, au patient et aux autres professionnels, avec vérification d&apos;identité, échéance et révocation.</source>
        <translation>Accès en lecture ou en écriture accordés aux aidants, infirmiers, au patient et aux autres professionnels, avec vérification d&apos;identité, échéance et révocation.</translation>
    </message>
    <message>
        <source>Journal infalsifiable de chaque consultation et modification des données de santé, consultable et exportable.</source>
        <translation>Journal infalsifiable de chaque consultation et modification des données de santé, consultable et exportable.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Saisie des ordonnances avec posologie structurée (matin, midi, soir, coucher&#xa0;; jours de la semaine&#xa0;; durée), renouvellements et enregistrement des dispensations.</source>
        <translation>Saisie des ordonnances avec posologie structurée (matin, midi, soir, coucher&#xa0;; jours de la semaine&#xa0;; durée), renouvellements et enregistrement des dispensations.</translation>
    </message>
    <message>
        <source>Chaque consultation et modification des données de santé, chaque connexion et chaque refus, enchaînés par empreintes SHA-256 et signés chaque jour par la carte d&apos;un pharmacien.</source>
        <translation>Chaque consultation et modification des données de santé, chaque connexion et chaque refus, enchaînés par empreintes SHA-256 et signés chaque jour par la carte d&apos;un pharmacien.</translation>
    </message>
    <message>
        <source>Médicaments</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Catalogue des médicaments (BDPM)&#xa0;: recherche par nom, substance, groupe générique ou code CIP.</source>
        <translation>Catalogue des médicaments (BDPM)&#xa0;: recherche par nom, substance, groupe générique ou code CIP.</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Erreur interne de chiffrement.</source>
        <translation>Erreur interne de chiffrement.</translation>
    </message>
    <message>
        <source>au moins 12 caractères avec des majuscules, des minuscules, des chiffres et des caractères spéciaux, ou au moins 14 caractères de trois de ces types</source>
        <translation>au moins 12 caractères avec des majuscules, des minuscules, des chiffres et des caractères spéciaux, ou au moins 14 caractères de trois de ces types</translation>
    </message>
    <message>
        <source>La phrase de passe des sauvegardes doit comporter %1.</source>
        <translation>La phrase de passe des sauvegardes doit comporter %1.</translation>
    </message>
    <message>
        <source>Le mot de passe doit comporter %1.</source>
        <translation>Le mot de passe doit comporter %1.</translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>(né %1)</source>
        <translation>(né %1)</translation>
    </message>
    <message>
        <source>(née %1)</source>
        <translation>(née %1)</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Ce dossier est limité à la demande du patient (droit à la limitation)&#xa0;: il ne peut pas être modifié tant que la limitation n&apos;est pas levée.</source>
        <translation>Ce dossier est limité à la demande du patient (droit à la limitation)&#xa0;: il ne peut pas être modifié tant que la limitation n&apos;est pas levée.</translation>
    </message>
    <message>
        <source>Ce dossier est archivé&#xa0;: sortez-le des archives avant de le modifier.</source>
        <translation>Ce dossier est archivé&#xa0;: sortez-le des archives avant de le modifier.</translation>
    </message>
    <message>
        <source>Aucune modification à enregistrer.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>Indiquez le motif de la rectification d&apos;identité (il est conservé dans l&apos;historique du dossier).</source>
        <translation>Indiquez le motif de la rectification d&apos;identité (il est conservé dans l&apos;historique du dossier).</translation>
    </message>
    <message>
        <source>INS&#xa0;: un INS de test ou de démonstration ne peut pas figurer dans un dossier réel.</source>
        <translation>INS&#xa0;: un INS de test ou de démonstration ne peut pas figurer dans un dossier réel.</translation>
    </message>
    <message>
        <source>Un autre dossier porte déjà ce NIR&#xa0;: ouvrez-le plutôt que d&apos;en créer un second, ou fusionnez les deux dossiers.</source>
        <translation>Un autre dossier porte déjà ce NIR&#xa0;: ouvrez-le plutôt que d&apos;en créer un second, ou fusionnez les deux dossiers.</translation>
    </message>
    <message>
        <source>pièce d&apos;identité</source>
        <translation>pièce d&apos;identité</translation>
    </message>
    <message>
        <source>téléservice INSi</source>
        <translation>téléservice INSi</translation>
    </message>
    <message>
        <source>import d&apos;un autre logiciel</source>
        <translation>import d&apos;un autre logiciel</translation>
    </message>
    <message>
        <source>équipe de l&apos;officine</source>
        <translation>équipe de l&apos;officine</translation>
    </message>
    <message>
        <source>fusion de dossiers</source>
        <translation>fusion de dossiers</translation>
    </message>
    <message>
        <source>déclaration du patient</source>
        <translation>déclaration du patient</translation>
    </message>
    <message>
        <source>Ce dossier a été effacé&#xa0;: il ne peut plus être modifié.</source>
        <translation>Ce dossier a été effacé&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné avec un autre&#xa0;: ouvrez le dossier qui le remplace.</source>
        <translation>Ce dossier a été fusionné avec un autre&#xa0;: ouvrez le dossier qui le remplace.</translation>
    </message>
    <message>
        <source>Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). Rechargez-la avant d&apos;enregistrer.</source>
        <translation>Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). Rechargez-la avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>PatientDirectory</name>
    <message>
        <source>Aucun membre de l&apos;équipe n&apos;est connecté&#xa0;: insérez votre carte CPS ou CPE pour consulter les dossiers.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;est connecté&#xa0;: insérez votre carte CPS ou CPE pour consulter les dossiers.</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de consulter les dossiers patients.</source>
        <translation>Votre rôle ne permet pas de consulter les dossiers patients.</translation>
    </message>
    <message>
        <source>Ce dossier est archivé&#xa0;: son ouverture doit être justifiée par écrit et sera tracée.</source>
        <translation>Ce dossier est archivé&#xa0;: son ouverture doit être justifiée par écrit et sera tracée.</translation>
    </message>
    <message>
        <source>Indiquez par écrit pourquoi vous ouvrez ce dossier archivé (au moins %1 caractères)&#xa0;: la justification est conservée dans la traçabilité.</source>
        <translation>Indiquez par écrit pourquoi vous ouvrez ce dossier archivé (au moins %1 caractères)&#xa0;: la justification est conservée dans la traçabilité.</translation>
    </message>
    <message>
        <source>Ce dossier a été effacé à la demande du patient le %1.</source>
        <translation>Ce dossier a été effacé à la demande du patient le %1.</translation>
    </message>
    <message>
        <source>Fiche patient introuvable.</source>
        <translation>Fiche patient introuvable.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;est plus disponible.</source>
        <translation>Ce dossier n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>Seul un pharmacien remet au patient la copie ou l&apos;export de son dossier.</source>
        <translation>Seul un pharmacien remet au patient la copie ou l&apos;export de son dossier.</translation>
    </message>
    <message>
        <source>l&apos;officine</source>
        <translation>l&apos;officine</translation>
    </message>
    <message>
        <source>officine FINESS %1</source>
        <translation>officine FINESS %1</translation>
    </message>
</context>
<context>
    <name>PatientField</name>
    <message>
        <source>Nom de naissance</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>Premier prénom</source>
        <translation>Premier prénom</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Prénom utilisé</source>
        <translation>Prénom utilisé</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Système de l&apos;INS</source>
        <translation>Système de l&apos;INS</translation>
    </message>
    <message>
        <source>Statut de l&apos;identité</source>
        <translation>Statut de l&apos;identité</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée</source>
        <translation>Pièce d&apos;identité contrôlée</translation>
    </message>
    <message>
        <source>Résultat INSi</source>
        <translation>Résultat INSi</translation>
    </message>
    <message>
        <source>Attributs d&apos;identité</source>
        <translation>Attributs d&apos;identité</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Allergies et intolérances</source>
        <translation>Allergies et intolérances</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>RPPS du médecin traitant</source>
        <translation>RPPS du médecin traitant</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>FINESS de l&apos;établissement</source>
        <translation>FINESS de l&apos;établissement</translation>
    </message>
    <message>
        <source>Chambre</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Droits du patient</source>
        <translation>Droits du patient</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Dossier absorbé</source>
        <translation>Dossier absorbé</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Création du dossier</source>
        <translation>Création du dossier</translation>
    </message>
    <message>
        <source>Rectification d&apos;identité</source>
        <translation>Rectification d&apos;identité</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Données cliniques</source>
        <translation>Données cliniques</translation>
    </message>
    <message>
        <source>Contrôle de l&apos;identité</source>
        <translation>Contrôle de l&apos;identité</translation>
    </message>
    <message>
        <source>Fusion de dossiers</source>
        <translation>Fusion de dossiers</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Droit d&apos;accès (copie du dossier)</source>
        <translation>Droit d&apos;accès (copie du dossier)</translation>
    </message>
    <message>
        <source>Portabilité (export FHIR)</source>
        <translation>Portabilité (export FHIR)</translation>
    </message>
    <message>
        <source>Limitation du traitement</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Levée de la limitation</source>
        <translation>Levée de la limitation</translation>
    </message>
    <message>
        <source>Opposition au partage</source>
        <translation>Opposition au partage</translation>
    </message>
    <message>
        <source>Levée de l&apos;opposition</source>
        <translation>Levée de l&apos;opposition</translation>
    </message>
    <message>
        <source>Retrait du consentement</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Consentement donné</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Demande d&apos;effacement</source>
        <translation>Demande d&apos;effacement</translation>
    </message>
    <message>
        <source>Directives post-mortem</source>
        <translation>Directives post-mortem</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Non précisé</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Téléservice INSi</source>
        <translation>Téléservice INSi</translation>
    </message>
</context>
<context>
    <name>PatientFileView</name>
    <message>
        <source>(vide)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>(mis à jour)</source>
        <translation>(mis à jour)</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>Seul un pharmacien importe des dossiers patients.</source>
        <translation>Seul un pharmacien importe des dossiers patients.</translation>
    </message>
    <message>
        <source>Associez une colonne au champ «&#xa0;%1&#xa0;»&#xa0;: il est obligatoire.</source>
        <translation>Associez une colonne au champ «&#xa0;%1&#xa0;»&#xa0;: il est obligatoire.</translation>
    </message>
    <message>
        <source>%1 colonnes au lieu de %2 (séparateur ou guillemet en trop ?)</source>
        <translation>%1 colonnes au lieu de %2 (séparateur ou guillemet en trop ?)</translation>
    </message>
    <message>
        <source>Sexe&#xa0;: valeur non reconnue (attendu F, M, Femme, Homme, 1 ou 2).</source>
        <translation>Sexe&#xa0;: valeur non reconnue (attendu F, M, Femme, Homme, 1 ou 2).</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Même NIR que la ligne %1 du fichier.</source>
        <translation>Même NIR que la ligne %1 du fichier.</translation>
    </message>
    <message>
        <source>Même identité que la ligne %1 du fichier.</source>
        <translation>Même identité que la ligne %1 du fichier.</translation>
    </message>
    <message>
        <source>Un dossier de l&apos;officine porte déjà ce NIR.</source>
        <translation>Un dossier de l&apos;officine porte déjà ce NIR.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). Rechargez-la avant d&apos;enregistrer.</source>
        <translation>Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). Rechargez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Fiche patient introuvable.</source>
        <translation>Fiche patient introuvable.</translation>
    </message>
    <message>
        <source>Ce dossier est archivé&#xa0;: sortez-le des archives avant de le modifier.</source>
        <translation>Ce dossier est archivé&#xa0;: sortez-le des archives avant de le modifier.</translation>
    </message>
    <message>
        <source>Ce dossier a été effacé&#xa0;: il ne peut plus être modifié.</source>
        <translation>Ce dossier a été effacé&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné avec un autre&#xa0;: ouvrez le dossier qui le remplace.</source>
        <translation>Ce dossier a été fusionné avec un autre&#xa0;: ouvrez le dossier qui le remplace.</translation>
    </message>
    <message>
        <source>Erreur interne.</source>
        <translation>Erreur interne.</translation>
    </message>
</context>
<context>
    <name>PatientValidation</name>
    <message>
        <source>La date de naissance ne peut pas être dans le futur.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Seuls les lettres, les espaces, les traits d&apos;union et les apostrophes sont admis.</source>
        <translation>Seuls les lettres, les espaces, les traits d&apos;union et les apostrophes sont admis.</translation>
    </message>
    <message>
        <source>Un trait d&apos;union doit relier deux parties du nom.</source>
        <translation>Un trait d&apos;union doit relier deux parties du nom.</translation>
    </message>
    <message>
        <source>100 caractères au plus.</source>
        <translation>100 caractères au plus.</translation>
    </message>
    <message>
        <source>La date de naissance est obligatoire (jour et mois à 00 s&apos;ils sont inconnus).</source>
        <translation>La date de naissance est obligatoire (jour et mois à 00 s&apos;ils sont inconnus).</translation>
    </message>
    <message>
        <source>Un jour connu suppose un mois connu&#xa0;: indiquez le mois, ou 00 pour le jour.</source>
        <translation>Un jour connu suppose un mois connu&#xa0;: indiquez le mois, ou 00 pour le jour.</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas&#xa0;: vérifiez le jour et le mois.</source>
        <translation>Cette date n&apos;existe pas&#xa0;: vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>La date de naissance est antérieure à 1880&#xa0;: vérifiez l&apos;année.</source>
        <translation>La date de naissance est antérieure à 1880&#xa0;: vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Date illisible&#xa0;: tapez JJ/MM/AAAA (00 pour un jour ou un mois inconnu).</source>
        <translation>Date illisible&#xa0;: tapez JJ/MM/AAAA (00 pour un jour ou un mois inconnu).</translation>
    </message>
    <message>
        <source>Le code INSEE du lieu de naissance comporte 5 caractères&#xa0;: le département (2A ou 2B pour la Corse) puis la commune, ou 99 puis le code du pays.</source>
        <translation>Le code INSEE du lieu de naissance comporte 5 caractères&#xa0;: le département (2A ou 2B pour la Corse) puis la commune, ou 99 puis le code du pays.</translation>
    </message>
    <message>
        <source>Ce code INSEE ne correspond à aucun département (la Corse s&apos;écrit 2A ou 2B).</source>
        <translation>Ce code INSEE ne correspond à aucun département (la Corse s&apos;écrit 2A ou 2B).</translation>
    </message>
    <message>
        <source>99100 désigne la France&#xa0;: indiquez le code INSEE de la commune de naissance.</source>
        <translation>99100 désigne la France&#xa0;: indiquez le code INSEE de la commune de naissance.</translation>
    </message>
    <message>
        <source>Le premier chiffre du NIR (sexe) contredit le sexe indiqué.</source>
        <translation>Le premier chiffre du NIR (sexe) contredit le sexe indiqué.</translation>
    </message>
    <message>
        <source>Les chiffres 2 et 3 du NIR (année de naissance) contredisent la date de naissance.</source>
        <translation>Les chiffres 2 et 3 du NIR (année de naissance) contredisent la date de naissance.</translation>
    </message>
    <message>
        <source>Les chiffres 4 et 5 du NIR (mois de naissance) contredisent la date de naissance.</source>
        <translation>Les chiffres 4 et 5 du NIR (mois de naissance) contredisent la date de naissance.</translation>
    </message>
    <message>
        <source>Le département de naissance du NIR (positions 6 et 7) contredit le lieu de naissance.</source>
        <translation>Le département de naissance du NIR (positions 6 et 7) contredit le lieu de naissance.</translation>
    </message>
    <message>
        <source>Ce numéro ne peut pas être un numéro de téléphone&#xa0;: 10 chiffres commençant par 0, ou + et l&apos;indicatif du pays.</source>
        <translation>Ce numéro ne peut pas être un numéro de téléphone&#xa0;: 10 chiffres commençant par 0, ou + et l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>Un numéro de mobile français commence par 06 ou 07.</source>
        <translation>Un numéro de mobile français commence par 06 ou 07.</translation>
    </message>
    <message>
        <source>Cette adresse électronique n&apos;est pas valide (forme attendue&#xa0;: nom@domaine.fr).</source>
        <translation>Cette adresse électronique n&apos;est pas valide (forme attendue&#xa0;: nom@domaine.fr).</translation>
    </message>
    <message>
        <source>Le code postal comporte 5 chiffres.</source>
        <translation>Le code postal comporte 5 chiffres.</translation>
    </message>
    <message>
        <source>Le premier prénom doit être le premier de la liste des prénoms de naissance.</source>
        <translation>Le premier prénom doit être le premier de la liste des prénoms de naissance.</translation>
    </message>
    <message>
        <source>Ce système d&apos;identification n&apos;est pas celui de l&apos;INS.</source>
        <translation>Ce système d&apos;identification n&apos;est pas celui de l&apos;INS.</translation>
    </message>
    <message>
        <source>Un INS de test ou de démonstration ne peut pas figurer dans un dossier réel.</source>
        <translation>Un INS de test ou de démonstration ne peut pas figurer dans un dossier réel.</translation>
    </message>
    <message>
        <source>Chaque allergie ou intolérance nomme une substance ou un médicament.</source>
        <translation>Chaque allergie ou intolérance nomme une substance ou un médicament.</translation>
    </message>
    <message>
        <source>Les notes sont limitées à 20 000 caractères.</source>
        <translation>Les notes sont limitées à 20 000 caractères.</translation>
    </message>
    <message>
        <source>Attribut d&apos;identité inconnu.</source>
        <translation>Attribut d&apos;identité inconnu.</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PcscCard</name>
    <message>
        <source>La carte a envoyé une réponse incomplète.</source>
        <translation>La carte a envoyé une réponse incomplète.</translation>
    </message>
    <message>
        <source>La carte envoie une réponse sans fin.</source>
        <translation>La carte envoie une réponse sans fin.</translation>
    </message>
</context>
<context>
    <name>PcscErrors</name>
    <message>
        <source>Le service des lecteurs de cartes (pcscd) ne répond pas ou aucun lecteur n&apos;est branché.</source>
        <translation>Le service des lecteurs de cartes (pcscd) ne répond pas ou aucun lecteur n&apos;est branché.</translation>
    </message>
    <message>
        <source>Le lecteur de cartes a été débranché ou n&apos;est plus disponible.</source>
        <translation>Le lecteur de cartes a été débranché ou n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>La carte ne répond pas dans le délai prévu.</source>
        <translation>La carte ne répond pas dans le délai prévu.</translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation>Opération annulée.</translation>
    </message>
    <message>
        <source>La carte a été retirée pendant l&apos;opération&#xa0;: réinsérez-la et recommencez.</source>
        <translation>La carte a été retirée pendant l&apos;opération&#xa0;: réinsérez-la et recommencez.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas reconnue&#xa0;: insérez une carte CPS ou CPE.</source>
        <translation>Cette carte n&apos;est pas reconnue&#xa0;: insérez une carte CPS ou CPE.</translation>
    </message>
    <message>
        <source>La communication avec la carte a échoué&#xa0;: retirez-la, réinsérez-la et recommencez.</source>
        <translation>La communication avec la carte a échoué&#xa0;: retirez-la, réinsérez-la et recommencez.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>consulter les dossiers patients</source>
        <translation>consulter les dossiers patients</translation>
    </message>
    <message>
        <source>modifier les dossiers patients</source>
        <translation>modifier les dossiers patients</translation>
    </message>
    <message>
        <source>gérer les comptes de l&apos;équipe</source>
        <translation>gérer les comptes de l&apos;équipe</translation>
    </message>
    <message>
        <source>modifier les paramètres de l&apos;officine</source>
        <translation>modifier les paramètres de l&apos;officine</translation>
    </message>
    <message>
        <source>sauvegarder et restaurer</source>
        <translation>sauvegarder et restaurer</translation>
    </message>
    <message>
        <source>consulter la traçabilité</source>
        <translation>consulter la traçabilité</translation>
    </message>
    <message>
        <source>valider et rectifier l&apos;identité des patients</source>
        <translation>valider et rectifier l&apos;identité des patients</translation>
    </message>
    <message>
        <source>fusionner des dossiers patients</source>
        <translation>fusionner des dossiers patients</translation>
    </message>
    <message>
        <source>traiter les demandes d&apos;exercice des droits des patients</source>
        <translation>traiter les demandes d&apos;exercice des droits des patients</translation>
    </message>
    <message>
        <source>importer des dossiers patients</source>
        <translation>importer des dossiers patients</translation>
    </message>
    <message>
        <source>importer le catalogue des médicaments</source>
        <translation>importer le catalogue des médicaments</translation>
    </message>
</context>
<context>
    <name>Pkcs11CardAuthenticator</name>
    <message>
        <source>Code porteur incorrect.</source>
        <translation>Code porteur incorrect.</translation>
    </message>
    <message>
        <source>La carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte.</source>
        <translation>La carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte.</translation>
    </message>
    <message>
        <source>Le code porteur comporte 4 chiffres.</source>
        <translation>Le code porteur comporte 4 chiffres.</translation>
    </message>
    <message>
        <source>Aucune carte n&apos;est présente dans ce lecteur.</source>
        <translation>Aucune carte n&apos;est présente dans ce lecteur.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un module PKCS#11.</source>
        <translation>Ce fichier n&apos;est pas un module PKCS#11.</translation>
    </message>
    <message>
        <source>La carte a été retirée pendant l&apos;opération&#xa0;: réinsérez-la et recommencez.</source>
        <translation>La carte a été retirée pendant l&apos;opération&#xa0;: réinsérez-la et recommencez.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas reconnue&#xa0;: insérez une carte CPS ou CPE.</source>
        <translation>Cette carte n&apos;est pas reconnue&#xa0;: insérez une carte CPS ou CPE.</translation>
    </message>
    <message>
        <source>Le module PKCS#11 de la carte a signalé une erreur&#xa0;: retirez la carte, réinsérez-la et recommencez.</source>
        <translation>Le module PKCS#11 de la carte a signalé une erreur&#xa0;: retirez la carte, réinsérez-la et recommencez.</translation>
    </message>
    <message>
        <source>Le module PKCS#11 des cartes CPS est introuvable (%1)&#xa0;: vérifiez son chemin dans les paramètres et l&apos;installation de la Cryptolib CPS.</source>
        <translation>Le module PKCS#11 des cartes CPS est introuvable (%1)&#xa0;: vérifiez son chemin dans les paramètres et l&apos;installation de la Cryptolib CPS.</translation>
    </message>
    <message>
        <source>Aucun certificat d&apos;authentification sur cette carte&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</source>
        <translation>Aucun certificat d&apos;authentification sur cette carte&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</translation>
    </message>
    <message>
        <source>Aucune clé d&apos;authentification sur cette carte&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</source>
        <translation>Aucune clé d&apos;authentification sur cette carte&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</translation>
    </message>
</context>
<context>
    <name>PosologyParser</name>
    <message>
        <source>Posologie FHIR sans dose.</source>
        <translation>Posologie FHIR sans dose.</translation>
    </message>
    <message>
        <source>Posologie vide.</source>
        <translation>Posologie vide.</translation>
    </message>
    <message>
        <source>Dose illisible.</source>
        <translation>Dose illisible.</translation>
    </message>
    <message>
        <source>Une posologie commence par une dose («&#xa0;1 cp&#xa0;») ou par les prises du jour («&#xa0;1-0-1&#xa0;»).</source>
        <translation>Une posologie commence par une dose («&#xa0;1 cp&#xa0;») ou par les prises du jour («&#xa0;1-0-1&#xa0;»).</translation>
    </message>
    <message>
        <source>De 1 à 4 prises par jour (matin, midi, soir, coucher).</source>
        <translation>De 1 à 4 prises par jour (matin, midi, soir, coucher).</translation>
    </message>
    <message>
        <source>Les prises sont déjà données par la grille.</source>
        <translation>Les prises sont déjà données par la grille.</translation>
    </message>
    <message>
        <source>Période illisible&#xa0;: «&#xa0;j1-j7&#xa0;» va du premier au septième jour.</source>
        <translation>Période illisible&#xa0;: «&#xa0;j1-j7&#xa0;» va du premier au septième jour.</translation>
    </message>
    <message>
        <source>Durée illisible.</source>
        <translation>Durée illisible.</translation>
    </message>
    <message>
        <source>Partie de la posologie non reconnue.</source>
        <translation>Partie de la posologie non reconnue.</translation>
    </message>
    <message>
        <source>Un demi ou un quart de comprimé n&apos;est possible que pour une forme sécable (ici&#xa0;: %1).</source>
        <translation>Un demi ou un quart de comprimé n&apos;est possible que pour une forme sécable (ici&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Une fraction de %1 ne se prend pas&#xa0;: seuls les comprimés sécables se partagent.</source>
        <translation>Une fraction de %1 ne se prend pas&#xa0;: seuls les comprimés sécables se partagent.</translation>
    </message>
</context>
<context>
    <name>Random</name>
    <message>
        <source>Le générateur de nombres aléatoires du système ne répond pas&#xa0;: l&apos;opération est annulée, rien n&apos;a été modifié.</source>
        <translation>Le générateur de nombres aléatoires du système ne répond pas&#xa0;: l&apos;opération est annulée, rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>RecordIdentityDocumentCommand</name>
    <message>
        <source>Choisissez le type de pièce d&apos;identité contrôlée.</source>
        <translation>Choisissez le type de pièce d&apos;identité contrôlée.</translation>
    </message>
    <message>
        <source>Pour un mineur, le livret de famille ou l&apos;acte de naissance s&apos;accompagne de la pièce d&apos;identité du parent&#xa0;: indiquez laquelle a été présentée.</source>
        <translation>Pour un mineur, le livret de famille ou l&apos;acte de naissance s&apos;accompagne de la pièce d&apos;identité du parent&#xa0;: indiquez laquelle a été présentée.</translation>
    </message>
    <message>
        <source>L&apos;identité porte l&apos;attribut «&#xa0;%1&#xa0;»&#xa0;: elle ne peut pas être validée tant qu&apos;il n&apos;est pas levé.</source>
        <translation>L&apos;identité porte l&apos;attribut «&#xa0;%1&#xa0;»&#xa0;: elle ne peut pas être validée tant qu&apos;il n&apos;est pas levé.</translation>
    </message>
    <message>
        <source>Le livret de famille ou l&apos;acte de naissance ne valide que l&apos;identité d&apos;un mineur&#xa0;: pour un majeur, contrôlez son passeport, sa carte d&apos;identité ou son titre de séjour.</source>
        <translation>Le livret de famille ou l&apos;acte de naissance ne valide que l&apos;identité d&apos;un mineur&#xa0;: pour un majeur, contrôlez son passeport, sa carte d&apos;identité ou son titre de séjour.</translation>
    </message>
</context>
<context>
    <name>RecordInsiResultCommand</name>
    <message>
        <source>La réponse du téléservice ne contient pas d&apos;identité.</source>
        <translation>La réponse du téléservice ne contient pas d&apos;identité.</translation>
    </message>
    <message>
        <source>Le dossier a changé depuis l&apos;interrogation du téléservice&#xa0;: vérifiez-le à nouveau.</source>
        <translation>Le dossier a changé depuis l&apos;interrogation du téléservice&#xa0;: vérifiez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>RecordRightsDecisionCommand</name>
    <message>
        <source>Saisissez les directives du patient sur le sort de ses données après son décès.</source>
        <translation>Saisissez les directives du patient sur le sort de ses données après son décès.</translation>
    </message>
    <message>
        <source>4 000 caractères au plus.</source>
        <translation>4 000 caractères au plus.</translation>
    </message>
    <message>
        <source>Cette décision est déjà enregistrée.</source>
        <translation>Cette décision est déjà enregistrée.</translation>
    </message>
</context>
<context>
    <name>ResolveConflictCommand</name>
    <message>
        <source>Conflit de synchronisation résolu&#xa0;: valeur %1 retenue</source>
        <translation>Conflit de synchronisation résolu&#xa0;: valeur %1 retenue</translation>
    </message>
    <message>
        <source>de ce poste</source>
        <translation>de ce poste</translation>
    </message>
    <message>
        <source>du serveur</source>
        <translation>du serveur</translation>
    </message>
    <message>
        <source>Ce type de conflit ne se résout pas ici.</source>
        <translation>Ce type de conflit ne se résout pas ici.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Données de soins partagées (plans de pilulier, observance)</source>
        <translation>Données de soins partagées (plans de pilulier, observance)</translation>
    </message>
    <message>
        <source>Dossier patient (identité, contact)</source>
        <translation>Dossier patient (identité, contact)</translation>
    </message>
    <message>
        <source>Dispensations (ordonnancier)</source>
        <translation>Dispensations (ordonnancier)</translation>
    </message>
    <message>
        <source>Traçabilité des boîtes des piluliers</source>
        <translation>Traçabilité des boîtes des piluliers</translation>
    </message>
    <message>
        <source>Journal de traçabilité</source>
        <translation>Journal de traçabilité</translation>
    </message>
    <message>
        <source>Comptes de l&apos;équipe et des personnes autorisées (désactivés)</source>
        <translation>Comptes de l&apos;équipe et des personnes autorisées (désactivés)</translation>
    </message>
    <message>
        <source>suppression définitive</source>
        <translation>suppression définitive</translation>
    </message>
    <message>
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <source>règle du Dossier Pharmaceutique (décret n° 2015-208)&#xa0;: 4 mois accessibles puis 32 mois en archive</source>
        <translation>règle du Dossier Pharmaceutique (décret n° 2015-208)&#xa0;: 4 mois accessibles puis 32 mois en archive</translation>
    </message>
    <message>
        <source>ordonnancier&#xa0;: 10 ans (Code de la santé publique, R.5132-10)</source>
        <translation>ordonnancier&#xa0;: 10 ans (Code de la santé publique, R.5132-10)</translation>
    </message>
    <message>
        <source>traçabilité des lots&#xa0;: 10 ans, par analogie avec l&apos;ordonnancier</source>
        <translation>traçabilité des lots&#xa0;: 10 ans, par analogie avec l&apos;ordonnancier</translation>
    </message>
    <message>
        <source>traçabilité des opérations&#xa0;: 10 ans</source>
        <translation>traçabilité des opérations&#xa0;: 10 ans</translation>
    </message>
    <message>
        <source>données de compte&#xa0;: 3 ans après le dernier contact, le journal devant pouvoir nommer ses auteurs</source>
        <translation>données de compte&#xa0;: 3 ans après le dernier contact, le journal devant pouvoir nommer ses auteurs</translation>
    </message>
    <message>
        <source>Le sort des données en fin de conservation (%1) n&apos;est pas modifiable pour cette catégorie.</source>
        <translation>Le sort des données en fin de conservation (%1) n&apos;est pas modifiable pour cette catégorie.</translation>
    </message>
    <message>
        <source>Les durées doivent être comprises entre 0 et 600 mois.</source>
        <translation>Les durées doivent être comprises entre 0 et 600 mois.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» ne peut pas être conservé moins de %2 mois au total (dont %3 mois en base active)&#xa0;: %4.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être conservé moins de %2 mois au total (dont %3 mois en base active)&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>1 an</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 ans</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1 mois</source>
        <translation>%1 mois</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Pharmacien titulaire</source>
        <translation>Pharmacien titulaire</translation>
    </message>
    <message>
        <source>Pharmacien adjoint</source>
        <translation>Pharmacien adjoint</translation>
    </message>
    <message>
        <source>Préparateur en pharmacie</source>
        <translation>Préparateur en pharmacie</translation>
    </message>
    <message>
        <source>Étudiant ou apprenti</source>
        <translation>Étudiant ou apprenti</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Le certificat TLS (%1) ou sa clé (%2) est illisible.</source>
        <translation>Le certificat TLS (%1) ou sa clé (%2) est illisible.</translation>
    </message>
    <message>
        <source>La clé TLS %1 n&apos;est pas une clé RSA ou EC au format PEM.</source>
        <translation>La clé TLS %1 n&apos;est pas une clé RSA ou EC au format PEM.</translation>
    </message>
    <message>
        <source>L&apos;officine n&apos;a pas été enregistrée&#xa0;: FINESS de 9 caractères, nom et titulaire sont requis, et le FINESS ne doit pas être déjà hébergé.</source>
        <translation>L&apos;officine n&apos;a pas été enregistrée&#xa0;: FINESS de 9 caractères, nom et titulaire sont requis, et le FINESS ne doit pas être déjà hébergé.</translation>
    </message>
    <message>
        <source>Aucune autorité de cartes dans %1&#xa0;: le serveur ne pourrait vérifier aucune carte.</source>
        <translation>Aucune autorité de cartes dans %1&#xa0;: le serveur ne pourrait vérifier aucune carte.</translation>
    </message>
    <message>
        <source>Le port %1 de %2 n&apos;a pas pu être ouvert.</source>
        <translation>Le port %1 de %2 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>La base est au schéma %1 et ce serveur attend le schéma %2&#xa0;: lancez officine-server --init-db (ou installez la version du serveur qui l&apos;a créée).</source>
        <translation>La base est au schéma %1 et ce serveur attend le schéma %2&#xa0;: lancez officine-server --init-db (ou installez la version du serveur qui l&apos;a créée).</translation>
    </message>
    <message numerus="yes">
        <source>Configuration correcte&#xa0;: TLS, %n autorité(s) de cartes, base au schéma %1.</source>
        <translation>
            <numerusform>Configuration correcte&#xa0;: TLS, %n autorité de cartes, base au schéma %1.</numerusform>
            <numerusform>Configuration correcte&#xa0;: TLS, %n autorités de cartes, base au schéma %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerClient</name>
    <message>
        <source>Le serveur de synchronisation ne répond pas (%1)&#xa0;: les changements attendent le retour du réseau.</source>
        <translation>Le serveur de synchronisation ne répond pas (%1)&#xa0;: les changements attendent le retour du réseau.</translation>
    </message>
    <message>
        <source>Le serveur a répondu %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas donné de session.</source>
        <translation>Le serveur n&apos;a pas donné de session.</translation>
    </message>
    <message>
        <source>Aucune carte connectée&#xa0;: les changements attendent une connexion.</source>
        <translation>Aucune carte connectée&#xa0;: les changements attendent une connexion.</translation>
    </message>
    <message>
        <source>Aucune carte connectée&#xa0;: la réception attend une connexion.</source>
        <translation>Aucune carte connectée&#xa0;: la réception attend une connexion.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas donné de défi.</source>
        <translation>Le serveur n&apos;a pas donné de défi.</translation>
    </message>
    <message>
        <source>adresse du serveur inconnue</source>
        <translation>adresse du serveur inconnue</translation>
    </message>
    <message>
        <source>connexion refusée</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>délai dépassé</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>certificat du serveur non reconnu</source>
        <translation>certificat du serveur non reconnu</translation>
    </message>
    <message>
        <source>échec de la connexion chiffrée</source>
        <translation>échec de la connexion chiffrée</translation>
    </message>
    <message>
        <source>synchronisation arrêtée</source>
        <translation>synchronisation arrêtée</translation>
    </message>
    <message>
        <source>réponse trop volumineuse</source>
        <translation>réponse trop volumineuse</translation>
    </message>
    <message>
        <source>échange interrompu</source>
        <translation>échange interrompu</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>%1 («&#xa0;%2&#xa0;») est introuvable.</source>
        <translation>%1 («&#xa0;%2&#xa0;») est introuvable.</translation>
    </message>
    <message>
        <source>%1 («&#xa0;%2&#xa0;») est lisible par tous les comptes&#xa0;: le serveur refuse de s&apos;en servir. Corrigez ses droits (chmod o-rwx %1).</source>
        <translation>%1 («&#xa0;%2&#xa0;») est lisible par tous les comptes&#xa0;: le serveur refuse de s&apos;en servir. Corrigez ses droits (chmod o-rwx %1).</translation>
    </message>
    <message>
        <source>Le fichier de configuration %1 est introuvable.</source>
        <translation>Le fichier de configuration %1 est introuvable.</translation>
    </message>
    <message>
        <source>Le fichier de configuration %1 est illisible.</source>
        <translation>Le fichier de configuration %1 est illisible.</translation>
    </message>
    <message>
        <source>Dans %1, «&#xa0;%2&#xa0;»&#xa0;: %3</source>
        <translation>Dans %1, «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>un nombre entre %1 et %2 est attendu.</source>
        <translation>un nombre entre %1 et %2 est attendu.</translation>
    </message>
    <message>
        <source>ce chemin est obligatoire.</source>
        <translation>ce chemin est obligatoire.</translation>
    </message>
    <message>
        <source>un chemin absolu est attendu.</source>
        <translation>un chemin absolu est attendu.</translation>
    </message>
    <message>
        <source>une adresse IP est attendue.</source>
        <translation>une adresse IP est attendue.</translation>
    </message>
    <message>
        <source>Le mot de passe de la base (%1) est illisible.</source>
        <translation>Le mot de passe de la base (%1) est illisible.</translation>
    </message>
</context>
<context>
    <name>SetBackupPassphraseCommand</name>
    <message>
        <source>Le trousseau du système n&apos;est pas disponible.</source>
        <translation>Le trousseau du système n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>SetFallbackCredentialsCommand</name>
    <message>
        <source>La clé de l&apos;application d&apos;authentification est invalide.</source>
        <translation>La clé de l&apos;application d&apos;authentification est invalide.</translation>
    </message>
    <message>
        <source>Le code ne correspond pas&#xa0;: vérifiez que l&apos;application a bien enregistré la clé, et l&apos;heure du téléphone.</source>
        <translation>Le code ne correspond pas&#xa0;: vérifiez que l&apos;application a bien enregistré la clé, et l&apos;heure du téléphone.</translation>
    </message>
</context>
<context>
    <name>SetPatientPhotoCommand</name>
    <message>
        <source>La photo dépasse 2 Mio&#xa0;: choisissez une image plus petite.</source>
        <translation>La photo dépasse 2 Mio&#xa0;: choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une image JPEG ou PNG.</source>
        <translation>Ce fichier n&apos;est pas une image JPEG ou PNG.</translation>
    </message>
</context>
<context>
    <name>SetRestrictionCommand</name>
    <message>
        <source>Indiquez le motif de la limitation (contestation de l&apos;exactitude, opposition en cours…).</source>
        <translation>Indiquez le motif de la limitation (contestation de l&apos;exactitude, opposition en cours…).</translation>
    </message>
    <message>
        <source>Ce dossier est déjà limité.</source>
        <translation>Ce dossier est déjà limité.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;est pas limité.</source>
        <translation>Ce dossier n&apos;est pas limité.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Ce paramètre de la pharmacie n&apos;existe pas.</source>
        <translation>Ce paramètre de la pharmacie n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Un paramètre reçu du serveur ne correspond pas à son identifiant.</source>
        <translation>Un paramètre reçu du serveur ne correspond pas à son identifiant.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>ouverture d&apos;une nouvelle officine</source>
        <translation>ouverture d&apos;une nouvelle officine</translation>
    </message>
    <message>
        <source>Cette carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte, puis réinsérez-la.</source>
        <translation>Cette carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte, puis réinsérez-la.</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message numerus="yes">
        <source>Trop d&apos;essais infructueux&#xa0;: ce compte est verrouillé pendant %n minute(s). Utilisez votre carte ou adressez-vous au titulaire.</source>
        <translation>
            <numerusform>Trop d&apos;essais infructueux&#xa0;: ce compte est verrouillé pendant %n minute. Utilisez votre carte ou adressez-vous au titulaire.</numerusform>
            <numerusform>Trop d&apos;essais infructueux&#xa0;: ce compte est verrouillé pendant %n minutes. Utilisez votre carte ou adressez-vous au titulaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais infructueux&#xa0;: réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais infructueux&#xa0;: réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais infructueux&#xa0;: réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>Seul le titulaire gère les comptes de l&apos;équipe.</source>
        <translation>Seul le titulaire gère les comptes de l&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>Cette carte est déjà associée au compte actif d&apos;un autre membre de l&apos;équipe.</source>
        <translation>Cette carte est déjà associée au compte actif d&apos;un autre membre de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Ce compte a été modifié entre-temps (sur ce poste ou un autre). Rechargez-le avant d&apos;enregistrer.</source>
        <translation>Ce compte a été modifié entre-temps (sur ce poste ou un autre). Rechargez-le avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Compte introuvable.</source>
        <translation>Compte introuvable.</translation>
    </message>
</context>
<context>
    <name>StaffValidation</name>
    <message>
        <source>Le nom et le prénom du membre de l&apos;équipe sont obligatoires.</source>
        <translation>Le nom et le prénom du membre de l&apos;équipe sont obligatoires.</translation>
    </message>
    <message>
        <source>Ce compte est déjà désactivé.</source>
        <translation>Ce compte est déjà désactivé.</translation>
    </message>
    <message>
        <source>Seule la carte CPS d&apos;un pharmacien peut ouvrir une nouvelle officine.</source>
        <translation>Seule la carte CPS d&apos;un pharmacien peut ouvrir une nouvelle officine.</translation>
    </message>
    <message>
        <source>La carte associée n&apos;est pas celle de ce pharmacien&#xa0;: son identifiant ne correspond pas au numéro RPPS saisi.</source>
        <translation>La carte associée n&apos;est pas celle de ce pharmacien&#xa0;: son identifiant ne correspond pas au numéro RPPS saisi.</translation>
    </message>
    <message>
        <source>L&apos;officine doit garder au moins un pharmacien titulaire actif&#xa0;: désignez-en un autre avant de modifier ou de désactiver ce compte.</source>
        <translation>L&apos;officine doit garder au moins un pharmacien titulaire actif&#xa0;: désignez-en un autre avant de modifier ou de désactiver ce compte.</translation>
    </message>
    <message>
        <source>Cette officine a déjà des comptes&#xa0;: le titulaire crée les nouveaux comptes depuis l&apos;Administration.</source>
        <translation>Cette officine a déjà des comptes&#xa0;: le titulaire crée les nouveaux comptes depuis l&apos;Administration.</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <source>Opération réussie.</source>
        <translation>Opération réussie.</translation>
    </message>
    <message>
        <source>La carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte.</source>
        <translation>La carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte.</translation>
    </message>
    <message>
        <source>La carte refuse l&apos;opération dans son état actuel.</source>
        <translation>La carte refuse l&apos;opération dans son état actuel.</translation>
    </message>
    <message>
        <source>La carte a rejeté les données envoyées.</source>
        <translation>La carte a rejeté les données envoyées.</translation>
    </message>
    <message>
        <source>La carte a rejeté la longueur de la commande.</source>
        <translation>La carte a rejeté la longueur de la commande.</translation>
    </message>
    <message>
        <source>La carte a rejeté les paramètres de la commande.</source>
        <translation>La carte a rejeté les paramètres de la commande.</translation>
    </message>
    <message>
        <source>La carte signale un avertissement (%1).</source>
        <translation>La carte signale un avertissement (%1).</translation>
    </message>
    <message>
        <source>La carte a répondu par une erreur (%1).</source>
        <translation>La carte a répondu par une erreur (%1).</translation>
    </message>
    <message>
        <source>Code porteur incorrect&#xa0;: la carte est maintenant bloquée.</source>
        <translation>Code porteur incorrect&#xa0;: la carte est maintenant bloquée.</translation>
    </message>
    <message numerus="yes">
        <source>Code porteur incorrect&#xa0;: %n essai(s) restant(s) avant le blocage de la carte.</source>
        <translation>
            <numerusform>Code porteur incorrect&#xa0;: %n essai restant avant le blocage de la carte.</numerusform>
            <numerusform>Code porteur incorrect&#xa0;: %n essais restants avant le blocage de la carte.</numerusform>
        </translation>
    </message>
    <message>
        <source>La carte refuse l&apos;opération&#xa0;: le code porteur n&apos;a pas été vérifié.</source>
        <translation>La carte refuse l&apos;opération&#xa0;: le code porteur n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>La carte ne contient pas l&apos;application ou le fichier attendu&#xa0;: ce n&apos;est pas une carte CPS ou CPE reconnue.</source>
        <translation>La carte ne contient pas l&apos;application ou le fichier attendu&#xa0;: ce n&apos;est pas une carte CPS ou CPE reconnue.</translation>
    </message>
    <message>
        <source>La carte ne connaît pas cette commande&#xa0;: ce n&apos;est pas une carte CPS ou CPE reconnue.</source>
        <translation>La carte ne connaît pas cette commande&#xa0;: ce n&apos;est pas une carte CPS ou CPE reconnue.</translation>
    </message>
    <message>
        <source>Erreur de mémoire de la carte (%1)&#xa0;: la carte est peut-être défectueuse.</source>
        <translation>Erreur de mémoire de la carte (%1)&#xa0;: la carte est peut-être défectueuse.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>La base de données ne peut pas être déchiffrée&#xa0;: la clé ne correspond pas, ou le fichier n&apos;est pas une base Officine.</source>
        <translation>La base de données ne peut pas être déchiffrée&#xa0;: la clé ne correspond pas, ou le fichier n&apos;est pas une base Officine.</translation>
    </message>
    <message>
        <source>La base de données est endommagée&#xa0;: une page a été altérée et son contrôle d&apos;intégrité échoue. Restaurez la dernière sauvegarde.</source>
        <translation>La base de données est endommagée&#xa0;: une page a été altérée et son contrôle d&apos;intégrité échoue. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>La base de données est occupée par un autre programme. Réessayez dans un instant.</source>
        <translation>La base de données est occupée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Lecture ou écriture impossible sur le disque de la base de données (disque plein, droits ou support défaillant).</source>
        <translation>Lecture ou écriture impossible sur le disque de la base de données (disque plein, droits ou support défaillant).</translation>
    </message>
    <message>
        <source>L&apos;enregistrement entre en conflit avec une donnée existante.</source>
        <translation>L&apos;enregistrement entre en conflit avec une donnée existante.</translation>
    </message>
    <message>
        <source>Erreur interne de la base de données.</source>
        <translation>Erreur interne de la base de données.</translation>
    </message>
    <message>
        <source>Clé de base de données invalide.</source>
        <translation>Clé de base de données invalide.</translation>
    </message>
    <message>
        <source>Aucune base Officine n&apos;existe à cet emplacement.</source>
        <translation>Aucune base Officine n&apos;existe à cet emplacement.</translation>
    </message>
    <message>
        <source>Le moteur de chiffrement SQLCipher n&apos;est pas disponible&#xa0;: la base ne sera pas ouverte en clair.</source>
        <translation>Le moteur de chiffrement SQLCipher n&apos;est pas disponible&#xa0;: la base ne sera pas ouverte en clair.</translation>
    </message>
    <message numerus="yes">
        <source>Le contrôle d&apos;intégrité a trouvé %n anomalie(s) dans la base de données. Restaurez la dernière sauvegarde.</source>
        <translation>
            <numerusform>Le contrôle d&apos;intégrité a trouvé %n anomalie dans la base de données. Restaurez la dernière sauvegarde.</numerusform>
            <numerusform>Le contrôle d&apos;intégrité a trouvé %n anomalies dans la base de données. Restaurez la dernière sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette base a été créée par une version plus récente d&apos;Officine (schéma %1, cette version connaît le schéma %2). Mettez Officine à jour.</source>
        <translation>Cette base a été créée par une version plus récente d&apos;Officine (schéma %1, cette version connaît le schéma %2). Mettez Officine à jour.</translation>
    </message>
    <message>
        <source>La mise à jour de la base vers la version %1 a échoué&#xa0;; la base est restée à la version %2 et reste utilisable avec la version précédente d&apos;Officine.</source>
        <translation>La mise à jour de la base vers la version %1 a échoué&#xa0;; la base est restée à la version %2 et reste utilisable avec la version précédente d&apos;Officine.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>Le dossier des données ne peut pas être créé.</source>
        <translation>Le dossier des données ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Aucune base n&apos;existe encore pour cette officine (%1). Créez-la avec «&#xa0;officine-cli init&#xa0;» ou restaurez une sauvegarde.</source>
        <translation>Aucune base n&apos;existe encore pour cette officine (%1). Créez-la avec «&#xa0;officine-cli init&#xa0;» ou restaurez une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <source>%n modification(s) en attente</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation non configurée</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message>
        <source>Poste non inscrit auprès du serveur&#xa0;: le titulaire l&apos;inscrit en se connectant avec sa carte</source>
        <translation>Poste non inscrit auprès du serveur&#xa0;: le titulaire l&apos;inscrit en se connectant avec sa carte</translation>
    </message>
    <message>
        <source>Synchronisation en attente d&apos;une carte — %1</source>
        <translation>Synchronisation en attente d&apos;une carte — %1</translation>
    </message>
    <message>
        <source>Synchronisation en attente d&apos;une carte</source>
        <translation>Synchronisation en attente d&apos;une carte</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Synchronisation&#xa0;: à jour</source>
        <translation>Synchronisation&#xa0;: à jour</translation>
    </message>
    <message>
        <source>Synchronisation&#xa0;: %1</source>
        <translation>Synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hors ligne — %1</source>
        <translation>Hors ligne — %1</translation>
    </message>
    <message>
        <source>Erreur de synchronisation&#xa0;: %1</source>
        <translation>Erreur de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synchronisation suspendue&#xa0;: des suppressions attendent la confirmation du titulaire</source>
        <translation>Synchronisation suspendue&#xa0;: des suppressions attendent la confirmation du titulaire</translation>
    </message>
    <message numerus="yes">
        <source> — %n conflit(s) à résoudre</source>
        <translation>
            <numerusform> — %n conflit à résoudre</numerusform>
            <numerusform> — %n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enregistrement(s) reçu(s)</source>
        <translation>
            <numerusform>%Ln enregistrement reçu</numerusform>
            <numerusform>%Ln enregistrements reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Réception des données de la pharmacie&#xa0;: %1&#xa0;% — %2</source>
        <translation>Réception des données de la pharmacie&#xa0;: %1&#xa0;% — %2</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1 envoyé(s), %2 reçu(s), %3 conflit(s) nouveau(x)</source>
        <translation>%1 envoyé(s), %2 reçu(s), %3 conflit(s) nouveau(x)</translation>
    </message>
    <message>
        <source>Le serveur a répondu pour un autre nombre de changements.</source>
        <translation>Le serveur a répondu pour un autre nombre de changements.</translation>
    </message>
    <message>
        <source>Le serveur a répondu dans le désordre.</source>
        <translation>Le serveur a répondu dans le désordre.</translation>
    </message>
    <message>
        <source>Conflit sans version du serveur.</source>
        <translation>Conflit sans version du serveur.</translation>
    </message>
    <message>
        <source>Réception suspendue&#xa0;: le serveur supprimerait %1 enregistrement(s) sur %2&#xa0;; le titulaire doit confirmer.</source>
        <translation>Réception suspendue&#xa0;: le serveur supprimerait %1 enregistrement(s) sur %2&#xa0;; le titulaire doit confirmer.</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>Ce conflit est déjà résolu.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
    <message>
        <source>Aucune suppression n&apos;attend de confirmation.</source>
        <translation>Aucune suppression n&apos;attend de confirmation.</translation>
    </message>
    <message>
        <source>Cette proposition de fusion a déjà été traitée.</source>
        <translation>Cette proposition de fusion a déjà été traitée.</translation>
    </message>
</context>
<context>
    <name>SyncOverview</name>
    <message>
        <source>(vide)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de consulter les dossiers en conflit.</source>
        <translation>Votre rôle ne permet pas de consulter les dossiers en conflit.</translation>
    </message>
    <message>
        <source>le titulaire</source>
        <translation>le titulaire</translation>
    </message>
    <message>
        <source>un membre de l&apos;équipe</source>
        <translation>un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Dossier introuvable</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>Compte de %1</source>
        <translation>Compte de %1</translation>
    </message>
    <message>
        <source>Compte introuvable</source>
        <translation>Compte introuvable</translation>
    </message>
    <message>
        <source>Conservation&#xa0;: %1</source>
        <translation>Conservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verrouillage après inactivité</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>Paramètre de la pharmacie</source>
        <translation>Paramètre de la pharmacie</translation>
    </message>
    <message>
        <source>Mois en base active</source>
        <translation>Mois en base active</translation>
    </message>
    <message>
        <source>Mois en archive</source>
        <translation>Mois en archive</translation>
    </message>
    <message>
        <source>Fin de conservation</source>
        <translation>Fin de conservation</translation>
    </message>
    <message>
        <source>Délai (secondes)</source>
        <translation>Délai (secondes)</translation>
    </message>
    <message>
        <source>Même personne créée sur deux postes hors connexion (proposition de la synchronisation)</source>
        <translation>Même personne créée sur deux postes hors connexion (proposition de la synchronisation)</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de consulter les dossiers proposés à la fusion.</source>
        <translation>Votre rôle ne permet pas de consulter les dossiers proposés à la fusion.</translation>
    </message>
    <message>
        <source>créé sur ce poste</source>
        <translation>créé sur ce poste</translation>
    </message>
    <message>
        <source>reçu du poste %1</source>
        <translation>reçu du poste %1</translation>
    </message>
    <message>
        <source>%1, né(e) le %2 — %3</source>
        <translation>%1, né(e) le %2 — %3</translation>
    </message>
</context>
<context>
    <name>SyncParser</name>
    <message>
        <source>La requête dépasse la taille maximale (%1 Kio).</source>
        <translation>La requête dépasse la taille maximale (%1 Kio).</translation>
    </message>
    <message>
        <source>La requête n&apos;est pas du texte UTF-8 valide.</source>
        <translation>La requête n&apos;est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>La requête n&apos;est pas du JSON valide (position %1&#xa0;: %2).</source>
        <translation>La requête n&apos;est pas du JSON valide (position %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>La requête doit être un objet JSON.</source>
        <translation>La requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;».</source>
        <translation>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit être un UUID en minuscules (8-4-4-4-12).</source>
        <translation>«&#xa0;%1&#xa0;» doit être un UUID en minuscules (8-4-4-4-12).</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit être un texte.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit compter de 1 à %2 caractères.</source>
        <translation>«&#xa0;%1&#xa0;» doit compter de 1 à %2 caractères.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit être du base64.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du base64.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit être un entier entre %2 et %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un entier entre %2 et %3.</translation>
    </message>
    <message>
        <source>la requête</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>«&#xa0;changes&#xa0;» doit être une liste.</source>
        <translation>«&#xa0;changes&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>Une requête porte de 1 à %1 changements.</source>
        <translation>Une requête porte de 1 à %1 changements.</translation>
    </message>
    <message>
        <source>changement %1</source>
        <translation>changement %1</translation>
    </message>
    <message>
        <source>%1&#xa0;: un objet est attendu.</source>
        <translation>%1&#xa0;: un objet est attendu.</translation>
    </message>
    <message>
        <source>%1&#xa0;: type d&apos;enregistrement inconnu «&#xa0;%2&#xa0;».</source>
        <translation>%1&#xa0;: type d&apos;enregistrement inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1&#xa0;: opération inconnue «&#xa0;%2&#xa0;».</source>
        <translation>%1&#xa0;: opération inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1&#xa0;: un «&#xa0;%2&#xa0;» ne s&apos;écrit qu&apos;une fois (opération append).</source>
        <translation>%1&#xa0;: un «&#xa0;%2&#xa0;» ne s&apos;écrit qu&apos;une fois (opération append).</translation>
    </message>
    <message>
        <source>%1&#xa0;: un «&#xa0;%2&#xa0;» se crée, se modifie ou se supprime, il ne s&apos;ajoute pas.</source>
        <translation>%1&#xa0;: un «&#xa0;%2&#xa0;» se crée, se modifie ou se supprime, il ne s&apos;ajoute pas.</translation>
    </message>
    <message>
        <source>%1&#xa0;: «&#xa0;baseRevision&#xa0;» vaut 0 pour une création, et seulement pour elle.</source>
        <translation>%1&#xa0;: «&#xa0;baseRevision&#xa0;» vaut 0 pour une création, et seulement pour elle.</translation>
    </message>
    <message>
        <source>%1&#xa0;: une suppression ne porte pas de document.</source>
        <translation>%1&#xa0;: une suppression ne porte pas de document.</translation>
    </message>
    <message>
        <source>%1&#xa0;: «&#xa0;payload&#xa0;» doit être un objet JSON.</source>
        <translation>%1&#xa0;: «&#xa0;payload&#xa0;» doit être un objet JSON.</translation>
    </message>
    <message>
        <source>%1&#xa0;: le document dépasse %2 Kio.</source>
        <translation>%1&#xa0;: le document dépasse %2 Kio.</translation>
    </message>
    <message>
        <source>%1&#xa0;: type ou opération inconnus.</source>
        <translation>%1&#xa0;: type ou opération inconnus.</translation>
    </message>
    <message>
        <source>résultat %1</source>
        <translation>résultat %1</translation>
    </message>
    <message>
        <source>%1&#xa0;: statut inconnu.</source>
        <translation>%1&#xa0;: statut inconnu.</translation>
    </message>
    <message>
        <source>la réponse</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>%1&#xa0;: le document contient un caractère nul (U+0000).</source>
        <translation>%1&#xa0;: le document contient un caractère nul (U+0000).</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Un poste n&apos;envoie que les entrées de son propre journal.</source>
        <translation>Un poste n&apos;envoie que les entrées de son propre journal.</translation>
    </message>
    <message>
        <source>Numéro de changement manquant.</source>
        <translation>Numéro de changement manquant.</translation>
    </message>
    <message>
        <source>Le journal d&apos;audit de ce poste ne prolonge pas celui que le serveur détient (entrée n° %1 reçue après l&apos;entrée n° %2)&#xa0;: il a été réécrit localement. Le serveur le refuse et a levé une alerte.</source>
        <translation>Le journal d&apos;audit de ce poste ne prolonge pas celui que le serveur détient (entrée n° %1 reçue après l&apos;entrée n° %2)&#xa0;: il a été réécrit localement. Le serveur le refuse et a levé une alerte.</translation>
    </message>
    <message>
        <source>Changement %1&#xa0;: cet enregistrement a déjà été reçu et ne peut pas être réécrit.</source>
        <translation>Changement %1&#xa0;: cet enregistrement a déjà été reçu et ne peut pas être réécrit.</translation>
    </message>
    <message>
        <source>Changement %1&#xa0;: l&apos;enregistrement modifié n&apos;existe pas sur le serveur.</source>
        <translation>Changement %1&#xa0;: l&apos;enregistrement modifié n&apos;existe pas sur le serveur.</translation>
    </message>
</context>
<context>
    <name>SystemConfig</name>
    <message>
        <source>%1, désigné par le fichier de configuration du système %2, est introuvable.</source>
        <translation>%1, désigné par le fichier de configuration du système %2, est introuvable.</translation>
    </message>
    <message>
        <source>%1 n&apos;appartient pas à root ou peut être modifié par d&apos;autres comptes&#xa0;: Officine refuse de s&apos;en servir, car il décide des cartes reconnues. L&apos;administrateur du poste doit corriger ses droits (sudo chown root:root %1 puis sudo chmod go-w %1).</source>
        <translation>%1 n&apos;appartient pas à root ou peut être modifié par d&apos;autres comptes&#xa0;: Officine refuse de s&apos;en servir, car il décide des cartes reconnues. L&apos;administrateur du poste doit corriger ses droits (sudo chown root:root %1 puis sudo chmod go-w %1).</translation>
    </message>
    <message>
        <source>Le fichier de configuration du système %1 est illisible.</source>
        <translation>Le fichier de configuration du système %1 est illisible.</translation>
    </message>
    <message>
        <source>Dans %1, «&#xa0;%2&#xa0;» doit être un chemin absolu.</source>
        <translation>Dans %1, «&#xa0;%2&#xa0;» doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>Dans %1, l&apos;adresse du serveur doit commencer par https:// (les données de santé ne circulent que chiffrées).</source>
        <translation>Dans %1, l&apos;adresse du serveur doit commencer par https:// (les données de santé ne circulent que chiffrées).</translation>
    </message>
    <message>
        <source>Dans %1, l&apos;adresse du téléservice INSi doit commencer par https://.</source>
        <translation>Dans %1, l&apos;adresse du téléservice INSi doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>Vigilance</name>
    <message>
        <source>Nom de naissance</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>Premier prénom</source>
        <translation>Premier prénom</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Lieu de naissance (code INSEE)</source>
        <translation>Lieu de naissance (code INSEE)</translation>
    </message>
    <message>
        <source>Identité récupérée</source>
        <translation>Identité récupérée</translation>
    </message>
    <message>
        <source>Identité validée</source>
        <translation>Identité validée</translation>
    </message>
    <message>
        <source>Identité qualifiée</source>
        <translation>Identité qualifiée</translation>
    </message>
    <message>
        <source>Identité provisoire</source>
        <translation>Identité provisoire</translation>
    </message>
    <message>
        <source>Récupérée</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Validée</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Qualifiée</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Provisoire</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Traits et INS obtenus du téléservice INSi&#xa0;; aucune pièce d&apos;identité n&apos;a encore été contrôlée.</source>
        <translation>Traits et INS obtenus du téléservice INSi&#xa0;; aucune pièce d&apos;identité n&apos;a encore été contrôlée.</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée&#xa0;; l&apos;INS n&apos;a pas encore été obtenu du téléservice INSi.</source>
        <translation>Pièce d&apos;identité contrôlée&#xa0;; l&apos;INS n&apos;a pas encore été obtenu du téléservice INSi.</translation>
    </message>
    <message>
        <source>INS obtenu du téléservice INSi et pièce d&apos;identité contrôlée&#xa0;: l&apos;INS peut être partagé.</source>
        <translation>INS obtenu du téléservice INSi et pièce d&apos;identité contrôlée&#xa0;: l&apos;INS peut être partagé.</translation>
    </message>
    <message>
        <source>Ni pièce d&apos;identité contrôlée ni INS obtenu du téléservice INSi&#xa0;: l&apos;INS ne peut pas être partagé.</source>
        <translation>Ni pièce d&apos;identité contrôlée ni INS obtenu du téléservice INSi&#xa0;: l&apos;INS ne peut pas être partagé.</translation>
    </message>
    <message>
        <source>Passeport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Carte nationale d&apos;identité</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <source>Carte d&apos;identité électronique (application France Identité)</source>
        <translation>Carte d&apos;identité électronique (application France Identité)</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Livret de famille des parents (mineur)</source>
        <translation>Livret de famille des parents (mineur)</translation>
    </message>
    <message>
        <source>Extrait d&apos;acte de naissance (mineur)</source>
        <translation>Extrait d&apos;acte de naissance (mineur)</translation>
    </message>
    <message>
        <source>Livret de famille et carte Vitale avec photographie</source>
        <translation>Livret de famille et carte Vitale avec photographie</translation>
    </message>
    <message>
        <source>Extrait d&apos;acte de naissance et carte Vitale avec photographie</source>
        <translation>Extrait d&apos;acte de naissance et carte Vitale avec photographie</translation>
    </message>
    <message>
        <source>Carnet de circulation (étranger mineur)</source>
        <translation>Carnet de circulation (étranger mineur)</translation>
    </message>
    <message>
        <source>Identité Numérique La Poste</source>
        <translation>Identité Numérique La Poste</translation>
    </message>
    <message>
        <source>Application carte Vitale</source>
        <translation>Application carte Vitale</translation>
    </message>
    <message>
        <source>Identité douteuse</source>
        <translation>Identité douteuse</translation>
    </message>
    <message>
        <source>Identité fictive</source>
        <translation>Identité fictive</translation>
    </message>
    <message>
        <source>Homonyme détecté</source>
        <translation>Homonyme détecté</translation>
    </message>
    <message>
        <source>Homonyme avéré</source>
        <translation>Homonyme avéré</translation>
    </message>
    <message>
        <source>Doublon potentiel</source>
        <translation>Doublon potentiel</translation>
    </message>
    <message>
        <source>Doublon avéré</source>
        <translation>Doublon avéré</translation>
    </message>
    <message>
        <source>Identité usurpée</source>
        <translation>Identité usurpée</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>Aucune phrase de passe de sauvegarde n&apos;est définie&#xa0;: le titulaire doit la saisir dans les paramètres.</source>
        <translation>Aucune phrase de passe de sauvegarde n&apos;est définie&#xa0;: le titulaire doit la saisir dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>officine_cli</name>
    <message>
        <source>Erreur&#xa0;: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Aucune phrase de passe n&apos;a été saisie.</source>
        <translation>Aucune phrase de passe n&apos;a été saisie.</translation>
    </message>
    <message>
        <source>Confirmez la phrase de passe&#xa0;: </source>
        <translation>Confirmez la phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase de passe diffèrent.</source>
        <translation>Les deux saisies de la phrase de passe diffèrent.</translation>
    </message>
    <message>
        <source>Crée la base chiffrée de l&apos;officine et range sa clé dans le trousseau du système.</source>
        <translation>Crée la base chiffrée de l&apos;officine et range sa clé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Une base existe déjà&#xa0;: %1</source>
        <translation>Une base existe déjà&#xa0;: %1</translation>
    </message>
    <message>
        <source>Base chiffrée créée&#xa0;: %1</source>
        <translation>Base chiffrée créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clé de 256 bits rangée dans le trousseau du système (service «&#xa0;officine&#xa0;», entrée «&#xa0;%1&#xa0;»).</source>
        <translation>Clé de 256 bits rangée dans le trousseau du système (service «&#xa0;officine&#xa0;», entrée «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Pensez à faire une sauvegarde avec une phrase de passe (officine-cli backup)&#xa0;: sans elle, la perte de ce poste et de son trousseau rendrait les données irrécupérables.</source>
        <translation>Pensez à faire une sauvegarde avec une phrase de passe (officine-cli backup)&#xa0;: sans elle, la perte de ce poste et de son trousseau rendrait les données irrécupérables.</translation>
    </message>
    <message>
        <source>Écrit une sauvegarde chiffrée et cohérente de la base, protégée par une phrase de passe (scrypt + AES-256-GCM). L&apos;application peut rester ouverte pendant la sauvegarde. La phrase de passe est lue sur le terminal, ou sur l&apos;entrée standard si ce n&apos;est pas un terminal.</source>
        <translation>Écrit une sauvegarde chiffrée et cohérente de la base, protégée par une phrase de passe (scrypt + AES-256-GCM). L&apos;application peut rester ouverte pendant la sauvegarde. La phrase de passe est lue sur le terminal, ou sur l&apos;entrée standard si ce n&apos;est pas un terminal.</translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde à écrire (.obak).</source>
        <translation>Le fichier de sauvegarde à écrire (.obak).</translation>
    </message>
    <message>
        <source>Indiquez un seul fichier de sauvegarde. Voir officine-cli backup --help.</source>
        <translation>Indiquez un seul fichier de sauvegarde. Voir officine-cli backup --help.</translation>
    </message>
    <message>
        <source>Le fichier %1 existe déjà&#xa0;: choisissez un autre nom.</source>
        <translation>Le fichier %1 existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Aucune base à sauvegarder&#xa0;: %1</source>
        <translation>Aucune base à sauvegarder&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phrase de passe de la sauvegarde&#xa0;: </source>
        <translation>Phrase de passe de la sauvegarde&#xa0;: </translation>
    </message>
    <message>
        <source>Sauvegarde écrite&#xa0;: %1 (%2 octets).</source>
        <translation>Sauvegarde écrite&#xa0;: %1 (%2 octets).</translation>
    </message>
    <message>
        <source>Conservez la phrase de passe à part&#xa0;: elle seule permet de restaurer sur un autre poste.</source>
        <translation>Conservez la phrase de passe à part&#xa0;: elle seule permet de restaurer sur un autre poste.</translation>
    </message>
    <message>
        <source>Restaure une sauvegarde à la place de la base de ce poste. La sauvegarde est entièrement vérifiée (authenticité, phrase de passe, chaque page) avant de toucher à quoi que ce soit&#xa0;; la base actuelle est conservée à côté (suffixe .avant-restauration-…). Fermez Officine avant de restaurer. Fonctionne sur un poste neuf au trousseau vide&#xa0;: la phrase de passe suffit.</source>
        <translation>Restaure une sauvegarde à la place de la base de ce poste. La sauvegarde est entièrement vérifiée (authenticité, phrase de passe, chaque page) avant de toucher à quoi que ce soit&#xa0;; la base actuelle est conservée à côté (suffixe .avant-restauration-…). Fermez Officine avant de restaurer. Fonctionne sur un poste neuf au trousseau vide&#xa0;: la phrase de passe suffit.</translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde à restaurer (.obak).</source>
        <translation>Le fichier de sauvegarde à restaurer (.obak).</translation>
    </message>
    <message>
        <source>Indiquez un seul fichier de sauvegarde. Voir officine-cli restore --help.</source>
        <translation>Indiquez un seul fichier de sauvegarde. Voir officine-cli restore --help.</translation>
    </message>
    <message numerus="yes">
        <source>Sauvegarde du %1 restaurée&#xa0;: %n patient(s).</source>
        <translation>
            <numerusform>Sauvegarde du %1 restaurée&#xa0;: %n patient.</numerusform>
            <numerusform>Sauvegarde du %1 restaurée&#xa0;: %n patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>L&apos;ancienne base est conservée&#xa0;: %1</source>
        <translation>L&apos;ancienne base est conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vérifie l&apos;intégrité de la base&#xa0;: chaque page est relue et son code d&apos;authentification (HMAC) contrôlé.</source>
        <translation>Vérifie l&apos;intégrité de la base&#xa0;: chaque page est relue et son code d&apos;authentification (HMAC) contrôlé.</translation>
    </message>
    <message>
        <source>Base intègre&#xa0;: %1</source>
        <translation>Base intègre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schéma&#xa0;: version %1&#xa0;; poste&#xa0;: %2</source>
        <translation>Schéma&#xa0;: version %1&#xa0;; poste&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) patient, </source>
        <translation>
            <numerusform>%n dossier patient, </numerusform>
            <numerusform>%n dossiers patient, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) en attente de synchronisation.</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation.</numerusform>
            <numerusform>%n modifications en attente de synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outil d&apos;administration d&apos;Officine.</source>
        <translation>Outil d&apos;administration d&apos;Officine.</translation>
    </message>
    <message>
        <source>Commandes&#xa0;:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>  init     crée la base chiffrée de l&apos;officine</source>
        <translation>  init     crée la base chiffrée de l&apos;officine</translation>
    </message>
    <message>
        <source>  backup   écrit une sauvegarde chiffrée par phrase de passe</source>
        <translation>  backup   écrit une sauvegarde chiffrée par phrase de passe</translation>
    </message>
    <message>
        <source>  restore  restaure une sauvegarde</source>
        <translation>  restore  restaure une sauvegarde</translation>
    </message>
    <message>
        <source>  check    vérifie l&apos;intégrité de la base</source>
        <translation>  check    vérifie l&apos;intégrité de la base</translation>
    </message>
    <message>
        <source>«&#xa0;officine-cli COMMANDE --help&#xa0;» détaille chaque commande.</source>
        <translation>«&#xa0;officine-cli COMMANDE --help&#xa0;» détaille chaque commande.</translation>
    </message>
    <message>
        <source>Travailler sur la pharmacie de démonstration.</source>
        <translation>Travailler sur la pharmacie de démonstration.</translation>
    </message>
    <message>
        <source>Dossier des données (par défaut ~/.local/share/officine).</source>
        <translation>Dossier des données (par défaut ~/.local/share/officine).</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Commande inconnue&#xa0;: %1. Voir officine-cli --help.</source>
        <translation>Commande inconnue&#xa0;: %1. Voir officine-cli --help.</translation>
    </message>
    <message>
        <source>Traçabilité.</source>
        <translation>Traçabilité.</translation>
    </message>
    <message>
        <source>  verify   vérifie chaque chaîne d&apos;entrées et chaque point de contrôle signé&#xa0;; code de sortie 1 si le journal a été altéré</source>
        <translation>  verify   vérifie chaque chaîne d&apos;entrées et chaque point de contrôle signé&#xa0;; code de sortie 1 si le journal a été altéré</translation>
    </message>
    <message>
        <source>  export   écrit le journal et ses points de contrôle pour un inspecteur (JSON Lines, docs/audit-format.md)</source>
        <translation>  export   écrit le journal et ses points de contrôle pour un inspecteur (JSON Lines, docs/audit-format.md)</translation>
    </message>
    <message>
        <source>verify ou export</source>
        <translation>verify ou export</translation>
    </message>
    <message>
        <source>Pour export&#xa0;: le fichier à écrire.</source>
        <translation>Pour export&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>Usage&#xa0;: officine-cli audit verify [--trust DOSSIER] | officine-cli audit export FICHIER</source>
        <translation>Usage&#xa0;: officine-cli audit verify [--trust DOSSIER] | officine-cli audit export FICHIER</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1&#xa0;: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Journal exporté&#xa0;: %1 entrées, %2 point(s) de contrôle → %3</source>
        <translation>Journal exporté&#xa0;: %1 entrées, %2 point(s) de contrôle → %3</translation>
    </message>
    <message>
        <source>  audit    vérifie ou exporte le journal de traçabilité</source>
        <translation>  audit    vérifie ou exporte le journal de traçabilité</translation>
    </message>
    <message>
        <source>init, backup, restore, check ou audit</source>
        <translation>init, backup, restore, check ou audit</translation>
    </message>
    <message>
        <source>Attention&#xa0;: l&apos;opération n&apos;a pas pu être inscrite au journal de traçabilité (%1).</source>
        <translation>Attention&#xa0;: l&apos;opération n&apos;a pas pu être inscrite au journal de traçabilité (%1).</translation>
    </message>
    <message>
        <source>Attention&#xa0;: la tête vérifiée du journal n&apos;a pas pu être mémorisée (%1).</source>
        <translation>Attention&#xa0;: la tête vérifiée du journal n&apos;a pas pu être mémorisée (%1).</translation>
    </message>
    <message>
        <source>Dossier des certificats de confiance (IGC-Santé) qui vérifient les signatures des points de contrôle (par défaut&#xa0;: celui du fichier système /etc/officine/officine.conf).</source>
        <translation>Dossier des certificats de confiance (IGC-Santé) qui vérifient les signatures des points de contrôle (par défaut&#xa0;: celui du fichier système /etc/officine/officine.conf).</translation>
    </message>
</context>
</TS>
