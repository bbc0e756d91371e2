/* global window */
// UI texts of the stand-in admin client, English and Norwegian (the seed's own words).
window.SO_TEXTS = {
  en: {
    title: 'Settings and maintenance', navigator: 'Navigator', users: 'Users', lists: 'Lists', quoteSync: 'Quote/Sync',
    quoteTab: 'Quote', syncTab: 'Sync', connectors: 'Sync Connectors', connections: 'ERP connections', add: 'Add',
    name: 'Name', url: 'URL', connector: 'Sync Connector', active: 'Active', visibility: 'Visibility', yes: 'Yes', no: 'No',
    all: 'All', specified: 'Specified users + groups', choose: 'Choose users and groups…', ok: 'OK', cancel: 'Cancel',
    addConnector: 'Add Sync Connector', newConnection: 'Define new ERP connection', description: 'Description',
    test: 'Test ERP connection', testing: 'Testing…', testOk: 'The test succeeded.', testFail: 'The test failed. Check the URL and the configuration fields.',
    configFields: 'Configuration fields', noConnectors: 'No Sync Connectors yet.', noConnections: 'No ERP connections yet.',
    pickTitle: 'Users and user groups', userGroups: 'User groups', fullName: 'Full name', group: 'User group', selected: '{u} users, {g} groups',
    quoteText: 'Quote settings: product providers, approval rules and document templates.', listsText: 'User groups in this database.',
    loading: 'Loading…', error: 'Error', chooseConnector: '– choose –', mandatory: 'mandatory',
  },
  no: {
    title: 'Innstillinger og vedlikehold', navigator: 'Navigator', users: 'Brukere', lists: 'Lister', quoteSync: 'Tilbud/Sync',
    quoteTab: 'Tilbud', syncTab: 'Sync', connectors: 'Sync Connectors', connections: 'ERP-koblinger', add: 'Legg til',
    name: 'Navn', url: 'URL', connector: 'Sync Connector', active: 'Aktiv', visibility: 'Synlighet', yes: 'Ja', no: 'Nei',
    all: 'Alle', specified: 'Angitte brukere + grupper', choose: 'Velg brukere og grupper…', ok: 'OK', cancel: 'Avbryt',
    addConnector: 'Legg til Sync Connector', newConnection: 'Angi ny ERP-kobling', description: 'Beskrivelse',
    test: 'Test ERP-koblingen', testing: 'Tester…', testOk: 'Testen var vellykket.', testFail: 'Testen mislyktes. Kontroller URL og konfigurasjonsfeltene.',
    configFields: 'Konfigurasjonsfelter', noConnectors: 'Ingen Sync Connectors ennå.', noConnections: 'Ingen ERP-koblinger ennå.',
    pickTitle: 'Brukere og brukergrupper', userGroups: 'Brukergrupper', fullName: 'Fullt navn', group: 'Brukergruppe', selected: '{u} brukere, {g} grupper',
    quoteText: 'Tilbudsinnstillinger: produktleverandører, godkjenningsregler og dokumentmaler.', listsText: 'Brukergrupper i denne databasen.',
    loading: 'Laster…', error: 'Feil', chooseConnector: '– velg –', mandatory: 'obligatorisk',
  },
};
