// @ts-check
import { clauseFormPage } from './pages/clause-form.js';
import { contractsPage } from './pages/contracts.js';
import { dashboardPage } from './pages/dashboard.js';
import { followUpListsPage } from './pages/follow-up-lists.js';
import { memberPage } from './pages/member.js';
import { membersPage } from './pages/members.js';
import { notificationsPage } from './pages/notifications.js';
import { followUpPage } from './pages/follow-up.js';
import { procurementPage } from './pages/procurement.js';
import { procurementFormPage } from './pages/procurement-form.js';
import { procurementsPage } from './pages/procurements.js';
import { remedyRequestsPage } from './pages/remedy-requests.js';
import { signInLinkPage, signinPage } from './pages/signin.js';
import { apiKeysPage } from './pages/api-keys.js';
import { outboxPage } from './pages/outbox.js';
import { usersPage } from './pages/users.js';
import { settingsPage } from './pages/settings.js';
import { suppliersPage } from './pages/suppliers.js';
import { unitPage, unitsPage } from './pages/units.js';
import { recruitmentEventsPage } from './pages/recruitment-events.js';
import { referralsPage, vacanciesPage } from './pages/vacancies.js';
import { vacancyPage } from './pages/vacancy.js';
import { vacancyFormPage } from './pages/vacancy-form.js';

/** A development token has no account, so no keys, notifications or settings of its own. @param {import('./session.js').Me} user */
const hasAccount = (user) => !!user.id;
/** Staff manage suppliers' users; of a supplier's users only its administrator manages colleagues. @param {import('./session.js').Me} user */
const managesUsers = (user) => user.role !== 'supplier' || user.supplierAdmin;

/**
 * Every page, who may open it (admin always may; `when`, if set, must also hold), and its menu label. The server enforces the
 * same roles on each API call; this table only keeps pages a role cannot use out of its menu.
 */
export const ROUTES = [
  { path: 'sign-in', public: true, roles: [], render: signinPage },
  { path: 'signin', public: true, roles: [], render: signinPage },
  { path: 'sign-in/link/:token', public: true, roles: [], render: signInLinkPage },
  { path: 'vacancies', roles: ['matcher', 'pact_office'], nav: 'nav.matching', render: vacanciesPage },
  { path: 'referrals', roles: ['matcher', 'pact_office'], nav: 'nav.referrals', render: referralsPage },
  { path: 'recruitment-events', roles: ['matcher', 'pact_office'], nav: 'nav.recruitmentEvents', render: recruitmentEventsPage },
  // A supplier posts from its contract (`?contractId=`); the city registers a pact member's vacancy from the board.
  { path: 'vacancies/new', roles: ['matcher', 'pact_office', 'supplier'], render: vacancyFormPage },
  { path: 'vacancies/:id', roles: ['matcher', 'pact_office', 'supplier'], render: vacancyPage },
  { path: 'dashboard', roles: ['pact_office', 'officer'], nav: 'nav.dashboard', render: dashboardPage },
  { path: 'follow-up', roles: ['pact_office'], nav: 'nav.followUp', render: followUpListsPage },
  { path: 'procurements', roles: ['officer', 'pact_office'], nav: 'nav.procurements', render: procurementsPage },
  { path: 'procurements/new', roles: ['officer'], nav: 'nav.newProcurement', render: procurementFormPage },
  { path: 'procurements/:id', roles: ['officer', 'pact_office'], render: procurementPage },
  { path: 'procurements/:id/edit', roles: ['officer'], render: procurementFormPage },
  { path: 'procurements/:id/clauses/new', roles: ['officer'], render: clauseFormPage },
  { path: 'clauses/:clauseId/edit', roles: ['officer'], render: clauseFormPage },
  { path: 'contracts', roles: ['supplier', 'pact_office', 'officer'], nav: 'nav.contracts', render: contractsPage },
  { path: 'contracts/:contractId/clauses/:clauseId', roles: ['supplier', 'pact_office', 'officer'], render: followUpPage },
  { path: 'remedy-requests', roles: ['pact_office', 'officer'], nav: 'nav.remedyRequests', render: remedyRequestsPage },
  { path: 'members', roles: ['pact_office', 'officer'], nav: 'nav.members', render: membersPage },
  { path: 'members/:id', roles: ['pact_office', 'officer'], render: memberPage },
  { path: 'suppliers', roles: ['officer', 'pact_office'], nav: 'nav.suppliers', render: suppliersPage },
  { path: 'units', roles: ['officer', 'pact_office'], nav: 'nav.units', render: unitsPage },
  { path: 'units/:id', roles: ['officer', 'pact_office'], render: unitPage },
  { path: 'users', roles: ['officer', 'pact_office', 'supplier'], when: managesUsers, nav: 'nav.users', render: usersPage },
  { path: 'api-keys', roles: ['supplier'], when: hasAccount, nav: 'nav.apiKeys', render: apiKeysPage },
  { path: 'outbox', roles: [], nav: 'nav.outbox', render: outboxPage },
  // Reached from the header (the notifications link with its unread count, and the settings link), not the menu.
  { path: 'notifications', roles: ['officer', 'pact_office', 'supplier', 'matcher'], when: hasAccount, render: notificationsPage },
  { path: 'settings', roles: ['officer', 'pact_office', 'supplier', 'matcher'], when: hasAccount, render: settingsPage },
];

/** Each role's start page. @param {{ role: string } | null} user */
export function homePath(user) {
  switch (user?.role) {
    case 'officer': return 'procurements';
    case 'pact_office': return 'dashboard';
    case 'supplier': return 'contracts';
    case 'matcher': return 'vacancies';
    case 'admin': return 'dashboard';
    default: return 'sign-in';
  }
}
