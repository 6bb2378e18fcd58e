<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr_FR">
    <context>
        <name>BasketPanel</name>
        <message>
            <source>Panier de lecture</source>
            <translation>Panier de lecture</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Vider</source>
            <translation>Vider</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Imprimer…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Ajouté au panier.</source>
            <translation>Ajouté au panier.</translation>
        </message>
        <message>
            <source>Déjà dans le panier.</source>
            <translation>Déjà dans le panier.</translation>
        </message>
        <message>
            <source>Liste de lecture</source>
            <translation>Liste de lecture</translation>
        </message>
        <message>
            <source>Exporter le panier</source>
            <translation>Exporter le panier</translation>
        </message>
        <message>
            <source>Markdown (*.md);;Page HTML (*.html);;PDF (*.pdf)</source>
            <translation>Markdown (*.md);;Page HTML (*.html);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Panier exporté : %1</source>
            <translation>Panier exporté : %1</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF enregistré : %1</translation>
        </message>
        <message>
            <source>Imprimer le panier</source>
            <translation>Imprimer le panier</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Comparer deux cas</source>
            <translation>Comparer deux cas</translation>
        </message>
        <message>
            <source>Premier cas</source>
            <translation>Premier cas</translation>
        </message>
        <message>
            <source>Second cas</source>
            <translation>Second cas</translation>
        </message>
        <message>
            <source>Comparer</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Il faut au moins deux études de cas.</source>
            <translation>Il faut au moins deux études de cas.</translation>
        </message>
    </context>
    <context>
        <name>ConceptEditor</name>
        <message>
            <source>Modifier le concept</source>
            <translation>Modifier le concept</translation>
        </message>
        <message>
            <source>Nouveau concept</source>
            <translation>Nouveau concept</translation>
        </message>
        <message>
            <source>Libellé français *</source>
            <translation>Libellé français *</translation>
        </message>
        <message>
            <source>Libellé anglais</source>
            <translation>Libellé anglais</translation>
        </message>
        <message>
            <source>Définition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Concepts plus larges</source>
            <translation>Concepts plus larges</translation>
        </message>
        <message>
            <source>Note d'application</source>
            <translation>Note d'application</translation>
        </message>
        <message>
            <source>Autres termes (un par ligne)</source>
            <translation>Autres termes (un par ligne)</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Le libellé français est obligatoire.</source>
            <translation>Le libellé français est obligatoire.</translation>
        </message>
    </context>
    <context>
        <name>ConceptPage</name>
        <message>
            <source>Fiche du concept</source>
            <translation>Fiche du concept</translation>
        </message>
        <message>
            <source>Graphe des concepts voisins</source>
            <translation>Graphe des concepts voisins</translation>
        </message>
        <message>
            <source>Tab pour passer d'un concept à l'autre, Entrée pour l'ouvrir.</source>
            <translation>Tab pour passer d'un concept à l'autre, Entrée pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Voisinage : au-dessus les concepts plus larges, au-dessous les plus précis, sur les côtés (tirets) les concepts associés. Cliquez pour y aller.</source>
            <translation>Voisinage : au-dessus les concepts plus larges, au-dessous les plus précis, sur les côtés (tirets) les concepts associés. Cliquez pour y aller.</translation>
        </message>
    </context>
    <context>
        <name>ConceptPicker</name>
        <message>
            <source>Ajouter un concept (les accents sont facultatifs)</source>
            <translation>Ajouter un concept (les accents sont facultatifs)</translation>
        </message>
        <message>
            <source>Ajouter un concept</source>
            <translation>Ajouter un concept</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Concepts de la fiche</source>
            <translation>Concepts de la fiche</translation>
        </message>
    </context>
    <context>
        <name>ConceptTreeModel</name>
        <message>
            <source>%1 fiches (%2 avec les concepts plus précis)</source>
            <translation>%1 fiches (%2 avec les concepts plus précis)</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
    </context>
    <context>
        <name>DelayedProgress</name>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Veuillez patienter</source>
            <translation>Veuillez patienter</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Annulation…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Pas de champ particulier pour ce type de fiche.</source>
            <translation>Pas de champ particulier pour ce type de fiche.</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <source>création de « %1 »</source>
            <translation>création de « %1 »</translation>
        </message>
        <message>
            <source>Fiche créée.</source>
            <translation>Fiche créée.</translation>
        </message>
        <message>
            <source>modification de « %1 »</source>
            <translation>modification de « %1 »</translation>
        </message>
        <message>
            <source>Fiche enregistrée.</source>
            <translation>Fiche enregistrée.</translation>
        </message>
        <message>
            <source>Mettre à la corbeille</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <source>Mettre « %1 » à la corbeille ? Vous pourrez la restaurer.</source>
            <translation>Mettre « %1 » à la corbeille ? Vous pourrez la restaurer.</translation>
        </message>
        <message>
            <source>suppression de « %1 »</source>
            <translation>suppression de « %1 »</translation>
        </message>
        <message>
            <source>« %1 » est dans la corbeille.</source>
            <translation>« %1 » est dans la corbeille.</translation>
        </message>
        <message>
            <source>restauration de « %1 »</source>
            <translation>restauration de « %1 »</translation>
        </message>
        <message>
            <source>« %1 » est restaurée.</source>
            <translation>« %1 » est restaurée.</translation>
        </message>
        <message>
            <source>Concept créé.</source>
            <translation>Concept créé.</translation>
        </message>
        <message>
            <source>modification du concept « %1 »</source>
            <translation>modification du concept « %1 »</translation>
        </message>
        <message>
            <source>Concept enregistré.</source>
            <translation>Concept enregistré.</translation>
        </message>
        <message>
            <source>Annulé : %1</source>
            <translation>Annulé : %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>aucune fiche « %1 »</source>
            <extracomment>(core message pattern, French wording (the source of translations), values of %1, %2…)</extracomment>
            <translation>aucune fiche « %1 »</translation>
        </message>
        <message>
            <source>aucun concept « %1 »</source>
            <translation>aucun concept « %1 »</translation>
        </message>
        <message>
            <source>la fiche ne peut pas être enregistrée</source>
            <translation>la fiche ne peut pas être enregistrée</translation>
        </message>
        <message>
            <source>concept inconnu (ou ambigu) : « %1 »</source>
            <translation>concept inconnu (ou ambigu) : « %1 »</translation>
        </message>
        <message>
            <source>lien vers une fiche inconnue : « %1 »</source>
            <translation>lien vers une fiche inconnue : « %1 »</translation>
        </message>
        <message>
            <source>une fiche ne peut pas se lier à elle-même</source>
            <translation>une fiche ne peut pas se lier à elle-même</translation>
        </message>
        <message>
            <source>l'identifiant « %1 » est déjà utilisé</source>
            <translation>l'identifiant « %1 » est déjà utilisé</translation>
        </message>
        <message>
            <source>un dossier ne peut pas changer de type</source>
            <translation>un dossier ne peut pas changer de type</translation>
        </message>
        <message>
            <source>le libellé « %1 » est déjà utilisé par « %2 »</source>
            <translation>le libellé « %1 » est déjà utilisé par « %2 »</translation>
        </message>
        <message>
            <source>un concept doit avoir un libellé en français</source>
            <translation>un concept doit avoir un libellé en français</translation>
        </message>
        <message>
            <source>le champ « %1 » est obligatoire</source>
            <translation>le champ « %1 » est obligatoire</translation>
        </message>
        <message>
            <source>le champ « %1 » ne doit pas être vide</source>
            <translation>le champ « %1 » ne doit pas être vide</translation>
        </message>
        <message>
            <source>le champ « %1 » n'a pas la forme attendue : « %2 »</source>
            <translation>le champ « %1 » n'a pas la forme attendue : « %2 »</translation>
        </message>
        <message>
            <source>le champ « %1 » a une valeur non prévue</source>
            <translation>le champ « %1 » a une valeur non prévue</translation>
        </message>
        <message>
            <source>le champ « %1 » n'a pas le type attendu</source>
            <translation>le champ « %1 » n'a pas le type attendu</translation>
        </message>
        <message>
            <source>le champ « %1 » est trop long</source>
            <translation>le champ « %1 » est trop long</translation>
        </message>
        <message>
            <source>« %1 » n'est pas dans la corbeille</source>
            <translation>« %1 » n'est pas dans la corbeille</translation>
        </message>
        <message>
            <source>« %1 » n'est pas dans le panier</source>
            <translation>« %1 » n'est pas dans le panier</translation>
        </message>
        <message>
            <source>L'opération a été annulée ; rien n'a été modifié.</source>
            <translation>L'opération a été annulée ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Le fichier n'a pas pu être lu ou écrit : %1.</source>
            <translation>Le fichier n'a pas pu être lu ou écrit : %1.</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite (%1) ; le détail est dans le journal.</source>
            <translation>Une erreur inattendue s'est produite (%1) ; le détail est dans le journal.</translation>
        </message>
        <message>
            <source>kb_app</source>
            <translation>kb_app</translation>
        </message>
        <message>
            <source>Message d'erreur</source>
            <translation>Message d'erreur</translation>
        </message>
    </context>
    <context>
        <name>FacetsModel</name>
        <message>
            <source>Type de fiche</source>
            <translation>Type de fiche</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Retirer ce filtre</source>
            <translation>Retirer ce filtre</translation>
        </message>
        <message>
            <source>Filtrer sur</source>
            <translation>Filtrer sur</translation>
        </message>
        <message>
            <source>Filtre</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
    </context>
    <context>
        <name>FacetsPanel</name>
        <message>
            <source>Filtres des résultats</source>
            <translation>Filtres des résultats</translation>
        </message>
        <message>
            <source>Depuis l'année</source>
            <translation>Depuis l'année</translation>
        </message>
        <message>
            <source>Jusqu'à l'année</source>
            <translation>Jusqu'à l'année</translation>
        </message>
        <message>
            <source>Effacer les filtres</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Années :</source>
            <translation>Années :</translation>
        </message>
        <message>
            <source>à</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Années des résultats : %1–%2</source>
            <translation>Années des résultats : %1–%2</translation>
        </message>
    </context>
    <context>
        <name>FicheEditor</name>
        <message>
            <source>Modifier la fiche</source>
            <translation>Modifier la fiche</translation>
        </message>
        <message>
            <source>Nouvelle fiche</source>
            <translation>Nouvelle fiche</translation>
        </message>
        <message>
            <source>tiré du titre si vide</source>
            <translation>tiré du titre si vide</translation>
        </message>
        <message>
            <source>AAAA, AAAA-MM ou AAAA-MM-JJ</source>
            <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Texte (Markdown)</source>
            <translation>Texte (Markdown)</translation>
        </message>
        <message>
            <source>Personnes et organisations</source>
            <translation>Personnes et organisations</translation>
        </message>
        <message>
            <source>Liens vers d'autres fiches</source>
            <translation>Liens vers d'autres fiches</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Faits non vérifiés, un par ligne</source>
            <translation>Faits non vérifiés, un par ligne</translation>
        </message>
        <message>
            <source>Général</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Détails</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Personnes et liens</source>
            <translation>Personnes et liens</translation>
        </message>
        <message>
            <source>Problèmes à corriger</source>
            <translation>Problèmes à corriger</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Type de fiche</source>
            <translation>Type de fiche</translation>
        </message>
        <message>
            <source>Identifiant</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Titre *</source>
            <translation>Titre *</translation>
        </message>
        <message>
            <source>Sous-titre</source>
            <translation>Sous-titre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Langue</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Résumé</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Concepts</source>
            <translation>Concepts</translation>
        </message>
        <message>
            <source>Liens vers d'autres fiches (identifiant de la fiche)</source>
            <translation>Liens vers d'autres fiches (identifiant de la fiche)</translation>
        </message>
        <message>
            <source>Faits non vérifiés (un par ligne)</source>
            <translation>Faits non vérifiés (un par ligne)</translation>
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
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Fiche liée</source>
            <translation>Fiche liée</translation>
        </message>
        <message>
            <source>Lien</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Adresse web</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>Le titre est obligatoire.</source>
            <translation>Le titre est obligatoire.</translation>
        </message>
    </context>
    <context>
        <name>FichePage</name>
        <message>
            <source>Fiches liées</source>
            <translation>Fiches liées</translation>
        </message>
        <message>
            <source>Cité dans</source>
            <translation>Cité dans</translation>
        </message>
        <message>
            <source>Dans les dossiers</source>
            <translation>Dans les dossiers</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Faits non vérifiés</source>
            <translation>Faits non vérifiés</translation>
        </message>
        <message>
            <source>Dossier « %1 » : %2 sur %3</source>
            <translation>Dossier « %1 » : %2 sur %3</translation>
        </message>
        <message>
            <source>précédent</source>
            <translation>précédent</translation>
        </message>
        <message>
            <source>suivant</source>
            <translation>suivant</translation>
        </message>
        <message>
            <source>Par</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>depuis %1</source>
            <translation>depuis %1</translation>
        </message>
        <message>
            <source>période</source>
            <translation>période</translation>
        </message>
        <message>
            <source>Concepts :</source>
            <translation>Concepts :</translation>
        </message>
        <message>
            <source>Personnes et organisations impliquées</source>
            <translation>Personnes et organisations impliquées</translation>
        </message>
        <message>
            <source>Parcours de lecture</source>
            <translation>Parcours de lecture</translation>
        </message>
        <message>
            <source>Commencer la lecture du dossier</source>
            <translation>Commencer la lecture du dossier</translation>
        </message>
        <message>
            <source>Parcours de lecture : %1 fiches, à lire dans cet ordre.</source>
            <translation>Parcours de lecture : %1 fiches, à lire dans cet ordre.</translation>
        </message>
        <message>
            <source>lire dans ce dossier</source>
            <translation>lire dans ce dossier</translation>
        </message>
        <message>
            <source>comparer avec un autre cas</source>
            <translation>comparer avec un autre cas</translation>
        </message>
        <message>
            <source>Identifiant : %1 · modifiée le %2</source>
            <translation>Identifiant : %1 · modifiée le %2</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Concept : </source>
            <translation>Concept : </translation>
        </message>
        <message>
            <source>Consulté le %1</source>
            <translation>Consulté le %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Historique des consultations</source>
            <translation>Historique des consultations</translation>
        </message>
        <message>
            <source>Effacer l'historique</source>
            <translation>Effacer l'historique</translation>
        </message>
        <message>
            <source>Effacer tout l'historique des consultations ?</source>
            <translation>Effacer tout l'historique des consultations ?</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Référence</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Analyse</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Étude de cas</source>
            <translation>Étude de cas</translation>
        </message>
        <message>
            <source>Ressource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Références</source>
            <translation>Références</translation>
        </message>
        <message>
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <source>Études de cas</source>
            <translation>Études de cas</translation>
        </message>
        <message>
            <source>Ressources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>livre</source>
            <translation>livre</translation>
        </message>
        <message>
            <source>article</source>
            <translation>article</translation>
        </message>
        <message>
            <source>rapport</source>
            <translation>rapport</translation>
        </message>
        <message>
            <source>discours</source>
            <translation>discours</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>chapitre</source>
            <translation>chapitre</translation>
        </message>
        <message>
            <source>page web</source>
            <translation>page web</translation>
        </message>
        <message>
            <source>thèse</source>
            <translation>thèse</translation>
        </message>
        <message>
            <source>autre</source>
            <translation>autre</translation>
        </message>
        <message>
            <source>auteur</source>
            <translation>auteur</translation>
        </message>
        <message>
            <source>direction d'ouvrage</source>
            <translation>direction d'ouvrage</translation>
        </message>
        <message>
            <source>éditeur</source>
            <translation>éditeur</translation>
        </message>
        <message>
            <source>traduction</source>
            <translation>traduction</translation>
        </message>
        <message>
            <source>contribution</source>
            <translation>contribution</translation>
        </message>
        <message>
            <source>acteur</source>
            <translation>acteur</translation>
        </message>
        <message>
            <source>organisateur</source>
            <translation>organisateur</translation>
        </message>
        <message>
            <source>financeur</source>
            <translation>financeur</translation>
        </message>
        <message>
            <source>rapporteur</source>
            <translation>rapporteur</translation>
        </message>
        <message>
            <source>personne</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>locale</source>
            <translation>locale</translation>
        </message>
        <message>
            <source>municipale</source>
            <translation>municipale</translation>
        </message>
        <message>
            <source>métropolitaine</source>
            <translation>métropolitaine</translation>
        </message>
        <message>
            <source>régionale</source>
            <translation>régionale</translation>
        </message>
        <message>
            <source>nationale</source>
            <translation>nationale</translation>
        </message>
        <message>
            <source>européenne</source>
            <translation>européenne</translation>
        </message>
        <message>
            <source>internationale</source>
            <translation>internationale</translation>
        </message>
        <message>
            <source>réseau</source>
            <translation>réseau</translation>
        </message>
        <message>
            <source>fondation</source>
            <translation>fondation</translation>
        </message>
        <message>
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <source>institut</source>
            <translation>institut</translation>
        </message>
        <message>
            <source>organisme public</source>
            <translation>organisme public</translation>
        </message>
        <message>
            <source>site web</source>
            <translation>site web</translation>
        </message>
        <message>
            <source>cite</source>
            <translation>cite</translation>
        </message>
        <message>
            <source>analyse</source>
            <translation>analyse</translation>
        </message>
        <message>
            <source>illustre</source>
            <translation>illustre</translation>
        </message>
        <message>
            <source>en rapport avec</source>
            <translation>en rapport avec</translation>
        </message>
        <message>
            <source>cité par</source>
            <translation>cité par</translation>
        </message>
        <message>
            <source>analysé par</source>
            <translation>analysé par</translation>
        </message>
        <message>
            <source>illustré par</source>
            <translation>illustré par</translation>
        </message>
        <message>
            <source>identifiant</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>type de fiche</source>
            <translation>type de fiche</translation>
        </message>
        <message>
            <source>titre</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>sous-titre</source>
            <translation>sous-titre</translation>
        </message>
        <message>
            <source>langue</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>résumé</source>
            <translation>résumé</translation>
        </message>
        <message>
            <source>concepts</source>
            <translation>concepts</translation>
        </message>
        <message>
            <source>personnes et organisations</source>
            <translation>personnes et organisations</translation>
        </message>
        <message>
            <source>liens</source>
            <translation>liens</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>sources</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>lieu</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>pages</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>collection</translation>
        </message>
        <message>
            <source>publié dans</source>
            <translation>publié dans</translation>
        </message>
        <message>
            <source>événement</source>
            <translation>événement</translation>
        </message>
        <message>
            <source>adresse web</source>
            <translation>adresse web</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>note sur la date</source>
            <translation>note sur la date</translation>
        </message>
        <message>
            <source>pays</source>
            <translation>pays</translation>
        </message>
        <message>
            <source>échelle</source>
            <translation>échelle</translation>
        </message>
        <message>
            <source>début</source>
            <translation>début</translation>
        </message>
        <message>
            <source>fin</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>note sur la période</source>
            <translation>note sur la période</translation>
        </message>
        <message>
            <source>résultats</source>
            <translation>résultats</translation>
        </message>
        <message>
            <source>type d'organisation</source>
            <translation>type d'organisation</translation>
        </message>
        <message>
            <source>sigle</source>
            <translation>sigle</translation>
        </message>
        <message>
            <source>année de fondation</source>
            <translation>année de fondation</translation>
        </message>
        <message>
            <source>siège</source>
            <translation>siège</translation>
        </message>
        <message>
            <source>organisme</source>
            <translation>organisme</translation>
        </message>
        <message>
            <source>séance</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>nom</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>rôle</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>fiche liée</source>
            <translation>fiche liée</translation>
        </message>
        <message>
            <source>libellé</source>
            <translation>libellé</translation>
        </message>
    </context>
    <context>
        <name>LibraryHost</name>
        <message>
            <source>Ouverture de la bibliothèque…</source>
            <extracomment>Opening an existing library takes about half a second (importing the core): the window already says « Ouverture… », so the dialog is kept for long work (creating and seeding).</extracomment>
            <translation>Ouverture de la bibliothèque…</translation>
        </message>
        <message>
            <source>Aucune bibliothèque n'est ouverte.</source>
            <translation>Aucune bibliothèque n'est ouverte.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ouvrir une bibliothèque…</source>
            <extracomment>name, text (translated at build time), slot of the window, shortcut(s), icon</extracomment>
            <translation>Ouvrir une bibliothèque…</translation>
        </message>
        <message>
            <source>Exporter le panier…</source>
            <translation>Exporter le panier…</translation>
        </message>
        <message>
            <source>Imprimer le panier…</source>
            <translation>Imprimer le panier…</translation>
        </message>
        <message>
            <source>Sauvegarder la bibliothèque</source>
            <translation>Sauvegarder la bibliothèque</translation>
        </message>
        <message>
            <source>Vérifier la bibliothèque</source>
            <translation>Vérifier la bibliothèque</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Nouvelle fiche…</source>
            <translation>Nouvelle fiche…</translation>
        </message>
        <message>
            <source>Modifier la fiche…</source>
            <translation>Modifier la fiche…</translation>
        </message>
        <message>
            <source>Mettre la fiche à la corbeille</source>
            <translation>Mettre la fiche à la corbeille</translation>
        </message>
        <message>
            <source>Corbeille…</source>
            <translation>Corbeille…</translation>
        </message>
        <message>
            <source>Nouveau concept…</source>
            <translation>Nouveau concept…</translation>
        </message>
        <message>
            <source>Modifier le concept…</source>
            <translation>Modifier le concept…</translation>
        </message>
        <message>
            <source>Ajouter au panier</source>
            <translation>Ajouter au panier</translation>
        </message>
        <message>
            <source>Précédent</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Suivant</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Rechercher</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Aller aux résultats</source>
            <translation>Aller aux résultats</translation>
        </message>
        <message>
            <source>Aller à la lecture</source>
            <translation>Aller à la lecture</translation>
        </message>
        <message>
            <source>Précédent dans le dossier</source>
            <translation>Précédent dans le dossier</translation>
        </message>
        <message>
            <source>Suivant dans le dossier</source>
            <translation>Suivant dans le dossier</translation>
        </message>
        <message>
            <source>Filtres</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <source>Thésaurus</source>
            <translation>Thésaurus</translation>
        </message>
        <message>
            <source>Panier</source>
            <translation>Panier</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Comparer deux cas…</source>
            <translation>Comparer deux cas…</translation>
        </message>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>À propos de kb_app</source>
            <translation>À propos de kb_app</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Édition</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Aller</source>
            <translation>&amp;Aller</translation>
        </message>
        <message>
            <source>&amp;Outils</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Aide</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Langue</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Langue du système</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>aller à la recherche</source>
            <translation>aller à la recherche</translation>
        </message>
        <message>
            <source>Bas (dans la recherche)</source>
            <translation>Bas (dans la recherche)</translation>
        </message>
        <message>
            <source>parcourir les résultats</source>
            <translation>parcourir les résultats</translation>
        </message>
        <message>
            <source>Entrée (dans les résultats)</source>
            <translation>Entrée (dans les résultats)</translation>
        </message>
        <message>
            <source>lire la fiche</source>
            <translation>lire la fiche</translation>
        </message>
        <message>
            <source>aller aux résultats / à la lecture</source>
            <translation>aller aux résultats / à la lecture</translation>
        </message>
        <message>
            <source>page précédente, page suivante</source>
            <translation>page précédente, page suivante</translation>
        </message>
        <message>
            <source>fiche précédente, suivante du dossier</source>
            <translation>fiche précédente, suivante du dossier</translation>
        </message>
        <message>
            <source>suivre les liens d'une fiche ; les nœuds du graphe</source>
            <translation>suivre les liens d'une fiche ; les nœuds du graphe</translation>
        </message>
        <message>
            <source>filtres, thésaurus, panier, historique</source>
            <translation>filtres, thésaurus, panier, historique</translation>
        </message>
        <message>
            <source>ajouter la fiche au panier</source>
            <translation>ajouter la fiche au panier</translation>
        </message>
        <message>
            <source>nouvelle fiche, modifier, mettre à la corbeille</source>
            <translation>nouvelle fiche, modifier, mettre à la corbeille</translation>
        </message>
        <message>
            <source>annuler la dernière modification</source>
            <translation>annuler la dernière modification</translation>
        </message>
        <message>
            <source>comparer deux cas</source>
            <translation>comparer deux cas</translation>
        </message>
        <message>
            <source>kb_app — gouvernance territoriale</source>
            <translation>kb_app — gouvernance territoriale</translation>
        </message>
        <message>
            <source>Filtrer les concepts</source>
            <translation>Filtrer les concepts</translation>
        </message>
        <message>
            <source>Ouverture de la bibliothèque…</source>
            <translation>Ouverture de la bibliothèque…</translation>
        </message>
        <message>
            <source>Nombre de résultats</source>
            <translation>Nombre de résultats</translation>
        </message>
        <message>
            <source>Lecture de la fiche</source>
            <translation>Lecture de la fiche</translation>
        </message>
        <message>
            <source>Panneau latéral</source>
            <translation>Panneau latéral</translation>
        </message>
        <message>
            <source>kb_app — %1</source>
            <translation>kb_app — %1</translation>
        </message>
        <message>
            <source>Aucune bibliothèque ouverte.</source>
            <translation>Aucune bibliothèque ouverte.</translation>
        </message>
        <message>
            <source>Ouvrir une bibliothèque</source>
            <translation>Ouvrir une bibliothèque</translation>
        </message>
        <message>
            <source>Sauvegarde vérifiée : %1</source>
            <translation>Sauvegarde vérifiée : %1</translation>
        </message>
        <message>
            <source>Sauvegarde de la bibliothèque…</source>
            <translation>Sauvegarde de la bibliothèque…</translation>
        </message>
        <message>
            <source>La bibliothèque est en bon état.</source>
            <translation>La bibliothèque est en bon état.</translation>
        </message>
        <message>
            <source>Problèmes trouvés :</source>
            <translation>Problèmes trouvés :</translation>
        </message>
        <message>
            <source>Vérification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Vérification de la bibliothèque…</source>
            <translation>Vérification de la bibliothèque…</translation>
        </message>
        <message>
            <source>La langue choisie s'appliquera au prochain démarrage.</source>
            <translation>La langue choisie s'appliquera au prochain démarrage.</translation>
        </message>
        <message>
            <source>kb_app : base de connaissances hors ligne sur la gouvernance territoriale.</source>
            <translation>kb_app : base de connaissances hors ligne sur la gouvernance territoriale.</translation>
        </message>
        <message>
            <source>Annuler : %1</source>
            <translation>Annuler : %1</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Adresse inconnue : %1</source>
            <translation>Adresse inconnue : %1</translation>
        </message>
        <message>
            <source>Cette fiche est dans la corbeille.</source>
            <translation>Cette fiche est dans la corbeille.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>%1 fiches (%2) et %3 concepts.</source>
            <translation>%1 fiches (%2) et %3 concepts.</translation>
        </message>
        <message>
            <source>Tapez dans la barre de recherche (Ctrl+K) : accents et pluriels facultatifs.</source>
            <translation>Tapez dans la barre de recherche (Ctrl+K) : accents et pluriels facultatifs.</translation>
        </message>
        <message>
            <source>Filtrez les résultats par type, concept, année ou dossier dans l'onglet « Filtres ».</source>
            <translation>Filtrez les résultats par type, concept, année ou dossier dans l'onglet « Filtres ».</translation>
        </message>
        <message>
            <source>Parcourez le thésaurus dans l'onglet « Thésaurus » : chaque concept a sa carte.</source>
            <translation>Parcourez le thésaurus dans l'onglet « Thésaurus » : chaque concept a sa carte.</translation>
        </message>
        <message>
            <source>Gardez vos lectures dans le panier (Ctrl+B) ; exportez-le ou imprimez-le.</source>
            <translation>Gardez vos lectures dans le panier (Ctrl+B) ; exportez-le ou imprimez-le.</translation>
        </message>
        <message>
            <source>Gouvernance territoriale : base de connaissances</source>
            <translation>Gouvernance territoriale : base de connaissances</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Concepts les plus présents</source>
            <translation>Concepts les plus présents</translation>
        </message>
        <message>
            <source>Pour commencer</source>
            <translation>Pour commencer</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>En anglais</source>
            <translation>En anglais</translation>
        </message>
        <message>
            <source>Autres termes</source>
            <translation>Autres termes</translation>
        </message>
        <message>
            <source>Plus large</source>
            <translation>Plus large</translation>
        </message>
        <message>
            <source>Plus précis</source>
            <translation>Plus précis</translation>
        </message>
        <message>
            <source>Associés</source>
            <translation>Associés</translation>
        </message>
        <message>
            <source>Groupes</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>%1 fiches indexées avec ce concept, %2 avec ses concepts plus précis compris.</source>
            <translation>%1 fiches indexées avec ce concept, %2 avec ses concepts plus précis compris.</translation>
        </message>
        <message>
            <source>Afficher ces fiches dans la liste de résultats</source>
            <translation>Afficher ces fiches dans la liste de résultats</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Aucune fiche pour ce concept.</source>
            <translation>Aucune fiche pour ce concept.</translation>
        </message>
        <message>
            <source>par « %1 »</source>
            <translation>par « %1 »</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Pays</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Échelle</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>Période</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Résultats</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Acteurs</source>
            <translation>Acteurs</translation>
        </message>
        <message>
            <source>aucun</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Comparaison de deux cas</source>
            <translation>Comparaison de deux cas</translation>
        </message>
        <message>
            <source>Concepts communs</source>
            <translation>Concepts communs</translation>
        </message>
        <message>
            <source>Seulement dans « %1 »</source>
            <translation>Seulement dans « %1 »</translation>
        </message>
        <message>
            <source>Comparaison</source>
            <translation>Comparaison</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Lien refusé : %1</source>
            <translation>Lien refusé : %1</translation>
        </message>
        <message>
            <source>Ouvrir un lien externe</source>
            <translation>Ouvrir un lien externe</translation>
        </message>
        <message>
            <source>Ouvrir cette adresse dans le navigateur du système ?

%1</source>
            <translation>Ouvrir cette adresse dans le navigateur du système ?

%1</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Chargement…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>(fiche introuvable)</source>
            <translation>(fiche introuvable)</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Résultats de la recherche</source>
            <translation>Résultats de la recherche</translation>
        </message>
    </context>
    <context>
        <name>RowsTable</name>
        <message>
            <source>Ajouter une ligne</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Supprimer la ligne</source>
            <translation>Supprimer la ligne</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Rechercher (Ctrl+K) : bien commun, titre:budget, type:cas, annee:2008…</source>
            <translation>Rechercher (Ctrl+K) : bien commun, titre:budget, type:cas, annee:2008…</translation>
        </message>
        <message>
            <source>Recherche</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Les résultats se mettent à jour pendant la frappe ; Bas pour les parcourir.</source>
            <translation>Les résultats se mettent à jour pendant la frappe ; Bas pour les parcourir.</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message numerus="yes">
            <source>%n résultat(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>environ %1</source>
            <translation>environ %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>filtrés</source>
            <translation>filtrés</translation>
        </message>
        <message>
            <source>index en reconstruction : résultats partiels</source>
            <translation>index en reconstruction : résultats partiels</translation>
        </message>
        <message>
            <source>recherche simple (syntaxe non prise en compte)</source>
            <translation>recherche simple (syntaxe non prise en compte)</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Corbeille</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <source>Fiches supprimées</source>
            <translation>Fiches supprimées</translation>
        </message>
        <message>
            <source>La corbeille est vide.</source>
            <translation>La corbeille est vide.</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
    </context>
</TS>
