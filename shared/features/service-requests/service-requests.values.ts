// The requests' words of URLs and filters, without zod, so the web app's route tree can check them before any schema loads.
export const serviceRequestStatuses = ['new', 'open', 'in_progress', 'pending_confirmation', 'resolved', 'closed'] as const;
export const inboxSorts = ['newest', 'oldest', 'updated'] as const;
