import type { SupplyOrderListParams } from './get-supply-orders.ts';

export const supplyKeys = {
  products: ['office', 'supply-products'] as const,
  customerProducts: (customerId: string) => ['office', 'supply-products', 'customer', customerId] as const,
  orderList: (params: SupplyOrderListParams) => ['office', 'supply-orders', 'list', params] as const,
  portalOrderForm: (slug: string, locationId: string) => ['portal', slug, 'supplies', 'form', locationId] as const,
  portalOrders: (slug: string, locationId: string, page: number) => ['portal', slug, 'supplies', 'orders', locationId, page] as const,
  portalLocationOrders: (slug: string, locationId: string) => ['portal', slug, 'supplies', 'orders', locationId] as const,
};
