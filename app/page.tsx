export default function Home() {
  return <main><h1>Back spasm self-check</h1></main>;
}
