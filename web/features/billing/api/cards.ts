import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AutopayInput, AutopayState, Card, CardList, CardSetup, DefaultTip, DefaultTipState, FinishCardSetup } from '../../../../shared/features/billing/cards.contract.ts';
import type { ConfirmTestSetup, TestPayment } from '../../../../shared/features/billing/test-gateway.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';

/** Cards, default tip and autopay of the customer behind a portal location (its billing contacts only). */
const billingUrl = (slug: string, locationId: string, path: string) => `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/billing/${path}`;

export const cardKeys = {
  all: (slug: string, locationId: string) => ['portal', slug, 'billing', locationId] as const,
  cards: (slug: string, locationId: string) => ['portal', slug, 'billing', locationId, 'cards'] as const,
  tip: (slug: string, locationId: string) => ['portal', slug, 'billing', locationId, 'default-tip'] as const,
  autopay: (slug: string, locationId: string) => ['portal', slug, 'billing', locationId, 'autopay'] as const,
  testPayment: (id: string) => ['test-gateway', 'payments', id] as const,
};

export function cardsQueryOptions(slug: string, locationId: string) {
  return queryOptions({ queryKey: cardKeys.cards(slug, locationId), queryFn: ({ signal }) => apiRequest<CardList>(billingUrl(slug, locationId, 'cards'), { signal }) });
}

export function useCards(slug: string, locationId: string) {
  return useQuery(cardsQueryOptions(slug, locationId));
}

/** Saving a card: a set-up from Porter, the number to the gateway only, then the finished set-up back to Porter. */
export function useAddTestCard(slug: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (card: Omit<ConfirmTestSetup, 'clientSecret'>): Promise<Card> => {
      const setup = await apiRequest<CardSetup>(billingUrl(slug, locationId, 'cards/setup'), { method: 'POST', body: emptyBody });
      // The number goes to the test gateway's own route, standing in for the processor's script; Porter's billing routes never see it.
      await apiRequest(`/api/test-gateway/setup-intents/${encodeURIComponent(setup.setupId)}/confirm`, { method: 'POST', body: { ...card, clientSecret: setup.clientSecret } satisfies ConfirmTestSetup });
      return apiRequest<Card>(billingUrl(slug, locationId, 'cards'), { method: 'POST', body: { setupId: setup.setupId } satisfies FinishCardSetup });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cardKeys.all(slug, locationId) }),
  });
}

export function useMakeDefaultCard(slug: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cardId: string) => apiRequest<CardList>(billingUrl(slug, locationId, `cards/${encodeURIComponent(cardId)}/default`), { method: 'PUT', body: emptyBody }),
    onSuccess: (list) => queryClient.setQueryData(cardKeys.cards(slug, locationId), list),
  });
}

export function useRemoveCard(slug: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cardId: string) => apiRequest<CardList>(billingUrl(slug, locationId, `cards/${encodeURIComponent(cardId)}`), { method: 'DELETE' }),
    onSuccess: (list) => {
      queryClient.setQueryData(cardKeys.cards(slug, locationId), list);
      return queryClient.invalidateQueries({ queryKey: cardKeys.autopay(slug, locationId) });
    },
  });
}

export function useDefaultTip(slug: string, locationId: string) {
  return useQuery({ queryKey: cardKeys.tip(slug, locationId), queryFn: ({ signal }) => apiRequest<DefaultTipState>(billingUrl(slug, locationId, 'default-tip'), { signal }) });
}

export function useSetDefaultTip(slug: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DefaultTip) => apiRequest<DefaultTipState>(billingUrl(slug, locationId, 'default-tip'), { method: 'PUT', body }),
    onSuccess: (state) => queryClient.setQueryData(cardKeys.tip(slug, locationId), state),
  });
}

export function useAutopay(slug: string, locationId: string) {
  return useQuery({ queryKey: cardKeys.autopay(slug, locationId), queryFn: ({ signal }) => apiRequest<AutopayState>(billingUrl(slug, locationId, 'autopay'), { signal }) });
}

export function useSetAutopay(slug: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AutopayInput) => apiRequest<AutopayState>(billingUrl(slug, locationId, 'autopay'), { method: 'PUT', body }),
    onSuccess: (state) => queryClient.setQueryData(cardKeys.autopay(slug, locationId), state),
  });
}

// ── The test gateway's second-step page ─────────────────────────────────────────────────

export function useTestPayment(paymentId: string) {
  return useQuery({ queryKey: cardKeys.testPayment(paymentId), queryFn: ({ signal }) => apiRequest<TestPayment>(`/api/test-gateway/payments/${encodeURIComponent(paymentId)}`, { signal }) });
}

export function useAuthenticateTestPayment(paymentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (approve: boolean) => apiRequest<TestPayment>(`/api/test-gateway/payments/${encodeURIComponent(paymentId)}/authenticate`, { method: 'POST', body: { approve } }),
    onSuccess: (payment) => queryClient.setQueryData(cardKeys.testPayment(paymentId), payment),
  });
}
