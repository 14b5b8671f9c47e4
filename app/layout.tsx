import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: { default: 'Back spasm self-check', template: '%s – Back spasm self-check' },
  description: 'A self-check for back pain and back spasms: find out whether you can look after it at home or should see a healthcare professional, and how soon.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
